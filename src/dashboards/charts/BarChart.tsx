import { scaleBand, scaleLinear } from 'd3-scale'

import { formatNumber, type AdminLanguage } from '@/lib/dates'

export type Bar = { id: string; label: string; value: number; target?: number | null }

const WIDTH = 720
const ROW = 26
const LABEL = 200
const GAP = 12

/**
 * Horizontal bars, server-rendered SVG (d3-scale): one per row, the value written at its end, and
 * a target mark where one is given (a campaign's plan). Bars grow from the right in Persian and
 * from the left in English. Accessible like the daily chart: `role="img"`, `<title>`, `<desc>`.
 */
export function BarChart({
  id,
  title,
  description,
  bars,
  lang,
}: {
  id: string
  title: string
  description: string
  bars: Bar[]
  lang: AdminLanguage
}) {
  const rtl = lang === 'fa'
  const height = Math.max(1, bars.length) * ROW + GAP
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.value, bar.target ?? 0)))
  const length = scaleLinear()
    .domain([0, max])
    .range([0, WIDTH - LABEL - 60])
  const row = scaleBand<string>()
    .domain(bars.map((bar) => bar.id))
    .range([GAP / 2, height - GAP / 2])
    .padding(0.25)
  const start = rtl ? WIDTH - LABEL : LABEL
  const along = (value: number) => (rtl ? start - length(value) : start + length(value))
  return (
    <svg
      aria-describedby={`${id}-desc`}
      aria-labelledby={`${id}-title`}
      role="img"
      viewBox={`0 0 ${WIDTH} ${height}`}
      style={{ width: '100%', maxWidth: WIDTH, height: 'auto', direction: 'ltr' }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {bars.map((bar) => {
        const top = row(bar.id)!
        const middle = top + row.bandwidth() / 2 + 4
        return (
          <g key={bar.id} data-bar={bar.id}>
            <text fill="currentColor" fontSize={12} textAnchor={rtl ? 'start' : 'end'} x={rtl ? WIDTH - LABEL + 8 : LABEL - 8} y={middle}>
              {bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label}
            </text>
            <rect fill="#1d4ed8" height={row.bandwidth()} width={length(bar.value)} x={rtl ? start - length(bar.value) : start} y={top} />
            {bar.target ? (
              <line
                stroke="#b91c1c"
                strokeWidth={2}
                x1={along(bar.target)}
                x2={along(bar.target)}
                y1={top - 2}
                y2={top + row.bandwidth() + 2}
              />
            ) : null}
            <text
              fill="currentColor"
              fontSize={11}
              textAnchor={rtl ? 'end' : 'start'}
              x={along(Math.max(bar.value, bar.target ?? 0)) + (rtl ? -6 : 6)}
              y={middle}
            >
              {formatNumber(bar.value, lang)}
              {bar.target ? ` / ${formatNumber(bar.target, lang)}` : ''}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
