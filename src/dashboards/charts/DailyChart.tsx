import { scaleLinear, scalePoint } from 'd3-scale'
import { line } from 'd3-shape'

import { formatDayShort, formatNumber, type AdminLanguage, type DayKey } from '@/lib/dates'

export type ChartSeries = { id: string; label: string; counts: number[] }

const WIDTH = 720
const HEIGHT = 260
const MARGIN = { top: 16, bottom: 36, side: 44 }
const COLORS = ['#1d4ed8', '#b45309', '#15803d', '#7c3aed', '#be123c', '#0f766e', '#6b7280']

/**
 * Counts per day as lines, rendered on the server as SVG (d3-scale and d3-shape compute, React
 * draws): `role="img"` named by its `<title>`, described by its `<desc>`, with the numbers in a
 * table beside it. In Persian time runs right to left (today at the left edge, the value axis on
 * the right) and every label is Jalali with Persian digits.
 */
export function DailyChart({
  id,
  title,
  description,
  days,
  series,
  lang,
}: {
  id: string
  title: string
  description: string
  days: DayKey[]
  series: ChartSeries[]
  lang: AdminLanguage
}) {
  const rtl = lang === 'fa'
  const max = Math.max(1, ...series.flatMap((one) => one.counts))
  const x = scalePoint<DayKey>()
    .domain(days)
    .range(rtl ? [WIDTH - MARGIN.side, MARGIN.side] : [MARGIN.side, WIDTH - MARGIN.side])
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
  const valueAxisX = rtl ? WIDTH - MARGIN.side : MARGIN.side
  const path = line<number>()
    .x((_, index) => x(days[index]!)!)
    .y((value) => y(value))
  const ticks = days.filter((_, index) => index % 5 === (days.length - 1) % 5)
  return (
    <figure className="dashboard-chart" style={{ margin: 0 }}>
      <svg
        aria-describedby={`${id}-desc`}
        aria-labelledby={`${id}-title`}
        role="img"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        style={{ width: '100%', maxWidth: WIDTH, height: 'auto', direction: 'ltr' }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {y
          .ticks(Math.min(4, max))
          .filter(Number.isInteger)
          .map((tick) => (
            <g key={tick}>
              <line stroke="currentColor" strokeOpacity={0.15} x1={MARGIN.side} x2={WIDTH - MARGIN.side} y1={y(tick)} y2={y(tick)} />
              <text fill="currentColor" fontSize={11} textAnchor={rtl ? 'start' : 'end'} x={valueAxisX + (rtl ? 6 : -6)} y={y(tick) + 4}>
                {formatNumber(tick, lang)}
              </text>
            </g>
          ))}
        {ticks.map((day) => (
          <text fill="currentColor" fontSize={11} key={day} textAnchor="middle" x={x(day)} y={HEIGHT - 12}>
            {formatDayShort(day, lang)}
          </text>
        ))}
        {series.map((one, index) => (
          <path
            d={path(one.counts) ?? undefined}
            data-series={one.id}
            fill="none"
            key={one.id}
            stroke={COLORS[index % COLORS.length]}
            strokeWidth={2}
          />
        ))}
      </svg>
      <figcaption style={{ display: 'flex', flexWrap: 'wrap', gap: 12, fontSize: 12 }}>
        {series.map((one, index) => (
          <span key={one.id}>
            <span aria-hidden style={{ color: COLORS[index % COLORS.length] }}>
              ■{' '}
            </span>
            {one.label}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}

/** A series' colour, for legends elsewhere. */
export const seriesColor = (index: number) => COLORS[index % COLORS.length]!
