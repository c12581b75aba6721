import fs from 'fs'
import path from 'path'

import type { DashboardBench } from './corpus/dashboard'
import type { ImageResult } from './images'
import type { LoadResult } from './load'
import type { ProfileSummary } from './profile'

type DeliveryRuns = { A: LoadResult; Acold: LoadResult; Bcold: LoadResult; Bwarm: LoadResult; F: LoadResult }

export type BenchResults = {
  date: string
  commit: string
  machine: { cpu: string; cores: number; memoryGb: number; os: string; node: string }
  settings: { items: number; growthItems: number; seconds: number; connections: number; answerBytes: number }
  ingest: { prepareSeconds: number; items: number; seconds: number; itemsPerSecond: number | null }
  /**
   * `Anext`: A with the server's early answers switched off (NEWSROOM_EARLY_ANSWERS=off), the
   * cached list through Next.js's route as every hit went before the front existed: what cold A and
   * F were first asked to reach a share of. Absent in runs made before the front.
   */
  scenarios: DeliveryRuns & { BcoldSingle: LoadResult; C: LoadResult; D: LoadResult; E: LoadResult; Anext?: LoadResult }
  growth: { small: DeliveryRuns; large: DeliveryRuns }
  image: ImageResult
  memory: { idleRssMb: number; loadRssMb: number }
  /** Absent in runs made before the dashboards existed. */
  dashboard?: DashboardBench
  profiles: Record<string, ProfileSummary>
  totalMinutes: number
}

export type Target = { name: string; measured: string; goal: string; met: boolean }

const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 1e-9)) * 100) / 100

/** The issue's targets, each with what was measured; the benchmark reports them, tests never time anything. */
export function targets(results: BenchResults): Target[] {
  const { A, Acold, Anext, Bcold, Bwarm, C, D, E, F } = results.scenarios
  const list: Target[] = []
  // Misses and searches against the cached list as the route answers it, beside the early answer.
  for (const [run, share] of [
    [Acold, 0.5],
    [F, 0.3],
  ] as const) {
    if (!Anext) continue
    list.push({
      name: `${run.name} vs ${Anext.name}`,
      measured: `${ratio(run.requestsPerSecond, Anext.requestsPerSecond)}×`,
      goal: `≥ ${share}×`,
      met: run.requestsPerSecond >= share * Anext.requestsPerSecond,
    })
  }
  // A cache miss costs about what a hit does: answers are stored, not rendered, when read.
  for (const [cold, warm] of [
    [Acold, A],
    [Bcold, Bwarm],
  ] as const) {
    list.push({
      name: `${cold.name} vs ${warm.name}`,
      measured: `${ratio(cold.requestsPerSecond, warm.requestsPerSecond)}×`,
      goal: '≥ 0.5×',
      met: cold.requestsPerSecond >= 0.5 * warm.requestsPerSecond,
    })
  }
  for (const run of [A, Bwarm]) {
    list.push({
      name: `${run.name} vs E`,
      measured: `${ratio(run.requestsPerSecond, E.requestsPerSecond)}×`,
      goal: '≥ 0.8×',
      met: run.requestsPerSecond >= 0.8 * E.requestsPerSecond,
    })
    list.push({
      name: `${run.name} vs D`,
      measured: `${ratio(run.requestsPerSecond, D.requestsPerSecond)}×`,
      goal: '≥ 0.5×',
      met: run.requestsPerSecond >= 0.5 * D.requestsPerSecond,
    })
    list.push({ name: `${run.name} p99`, measured: `${run.p99} ms`, goal: '≤ 50 ms', met: run.p99 <= 50 })
  }
  list.push({
    name: 'A vs C (plain Payload REST)',
    measured: `${ratio(A.requestsPerSecond, C.requestsPerSecond)}×`,
    goal: '≥ 3×',
    met: A.requestsPerSecond >= 3 * C.requestsPerSecond,
  })
  list.push({
    name: `B cold p50 at ${results.settings.items.toLocaleString('en')}`,
    measured: `${Bcold.p50} ms`,
    goal: '≤ 15 ms',
    met: Bcold.p50 <= 15,
  })
  // Search (issue 15): no time-outs, p99 under a second, at least 0.3× the list's throughput.
  list.push({ name: `${F.name} errors and time-outs`, measured: String(F.errors), goal: '0', met: F.errors === 0 })
  list.push({ name: `${F.name} p99`, measured: `${F.p99} ms`, goal: '< 1000 ms', met: F.p99 < 1000 })
  list.push({
    name: `${F.name} vs A`,
    measured: `${ratio(F.requestsPerSecond, A.requestsPerSecond)}×`,
    goal: '≥ 0.3×',
    met: F.requestsPerSecond >= 0.3 * A.requestsPerSecond,
  })
  const { small, large } = results.growth
  const GROWTH_GOAL = { A: 1.5, Acold: 1.5, Bcold: 1.5, Bwarm: 1.5, F: 1.3 } as const
  for (const key of ['A', 'Acold', 'Bcold', 'Bwarm', 'F'] as const) {
    const growth = ratio(Math.max(large[key].p50, 1), Math.max(small[key].p50, 1))
    list.push({
      name: `${large[key].name} p50 growth`,
      measured: `${small[key].p50} → ${large[key].p50} ms (${growth}×)`,
      goal: `≤ ${GROWTH_GOAL[key]}×`,
      met: growth <= GROWTH_GOAL[key],
    })
  }
  const { itemsPerSecond } = results.ingest
  if (itemsPerSecond) {
    const minutes = Math.round((100_000 / itemsPerSecond / 60) * 10) / 10
    list.push({
      name: 'Ingest of 100,000 items',
      measured: `${itemsPerSecond} items/s (${minutes} min)`,
      goal: '< 10 min',
      met: minutes < 10,
    })
  }
  list.push({ name: 'Image upload vs raw sharp', measured: `${results.image.ratio}×`, goal: '≤ 1.3×', met: results.image.ratio <= 1.3 })
  list.push(
    {
      name: '`npm start` process tree RSS at rest',
      measured: `${results.memory.idleRssMb} MB`,
      goal: '≤ 350 MB',
      met: results.memory.idleRssMb <= 350,
    },
    {
      name: '`npm start` process tree RSS under load',
      measured: `${results.memory.loadRssMb} MB`,
      goal: '≤ 550 MB',
      met: results.memory.loadRssMb <= 550,
    },
  )
  for (const timing of results.dashboard?.timings ?? []) {
    list.push({
      name: `dashboard answer, ${timing.role}, at ${results.settings.items.toLocaleString('en')}`,
      measured: `p95 ${timing.p95Ms} ms`,
      goal: '< 300 ms',
      met: timing.p95Ms < 300,
    })
  }
  const adminList = results.dashboard?.adminList ?? []
  if (adminList.length) {
    const slowest = Math.max(...adminList.map((timing) => timing.p50Ms))
    list.push({
      name: `admin news list, Persian search, supervisor, at ${results.settings.items.toLocaleString('en')} (slowest question)`,
      measured: `p50 ${slowest} ms`,
      goal: '< 100 ms',
      met: slowest < 100,
    })
  }
  return list
}

function loadTable(runs: LoadResult[]): string[] {
  return [
    '| scenario | req/s | p50 ms | p99 ms | errors | non-2xx | distinct URLs | `npm start` tree peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...runs.map(
      (r) =>
        `| ${r.name} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.distinctPaths} | ${r.peakRssMb ?? '—'} |`,
    ),
  ]
}

export function markdown(results: BenchResults): string {
  const { A, Acold, Anext, Bcold, Bwarm, BcoldSingle, C, D, E, F } = results.scenarios
  const m = results.machine
  const lines = [
    `# Benchmark results`,
    '',
    `${results.date} · commit ${results.commit} · ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}`,
    `Corpus ${results.settings.items.toLocaleString('en')} items (growth compared with ${results.settings.growthItems.toLocaleString('en')}); each scenario ${results.settings.seconds} s at ${results.settings.connections} connections; the list answer is ${results.settings.answerBytes} bytes. Whole run ${results.totalMinutes} min.`,
    '',
    `## Load at ${results.settings.items.toLocaleString('en')} items`,
    '',
    ...loadTable([A, ...(Anext ? [Anext] : []), Acold, Bcold, BcoldSingle, Bwarm, C, D, E, F]),
    '',
    `Ratios: A/D ${ratio(A.requestsPerSecond, D.requestsPerSecond)} · A(cold)/A ${ratio(Acold.requestsPerSecond, A.requestsPerSecond)} · B(cold)/B(warm) ${ratio(Bcold.requestsPerSecond, Bwarm.requestsPerSecond)} · A/E ${ratio(A.requestsPerSecond, E.requestsPerSecond)} · B(warm)/D ${ratio(Bwarm.requestsPerSecond, D.requestsPerSecond)} · B(cold)/D ${ratio(Bcold.requestsPerSecond, D.requestsPerSecond)} · A/C ${ratio(A.requestsPerSecond, C.requestsPerSecond)} · F/A ${ratio(F.requestsPerSecond, A.requestsPerSecond)}`,
    '',
    `## Growth: p50 at ${results.settings.growthItems.toLocaleString('en')} → ${results.settings.items.toLocaleString('en')} items`,
    '',
    '| scenario | p50 small | p50 large | growth | req/s small | req/s large |',
    '|---|---:|---:|---:|---:|---:|',
    ...(['A', 'Acold', 'Bcold', 'Bwarm', 'F'] as const).map((key) => {
      const s = results.growth.small[key]
      const l = results.growth.large[key]
      return `| ${l.name} | ${s.p50} | ${l.p50} | ${ratio(Math.max(l.p50, 1), Math.max(s.p50, 1))}× | ${s.requestsPerSecond} | ${l.requestsPerSecond} |`
    }),
    '',
    '## Ingest, images, memory',
    '',
    `- Ingest through Payload's Local API (all hooks, ${m.cores} processes, bulk-import mode): ${results.ingest.items.toLocaleString('en')} items in ${results.ingest.seconds} s = **${results.ingest.itemsPerSecond ?? '—'} items/s**; seed, campaigns and images first: ${results.ingest.prepareSeconds} s.`,
    `- Image: ${results.image.megapixels} MP JPEG (${results.image.fileMb} MB) upload with all sizes ${results.image.uploadMs} ms vs the same steps in sharp ${results.image.rawSharpMs} ms = **${results.image.ratio}×**; server peak RSS during uploads ${results.image.serverPeakRssMb} MB.`,
    `- RSS of \`npm start\`'s whole process tree (npm and the server it execs) at ${results.settings.items.toLocaleString('en')} items: at rest ${results.memory.idleRssMb} MB (the highest of 6 samples over 3 s, 5 s after its first answer), peak under load ${results.memory.loadRssMb} MB; each scenario's peak is in its table.`,
    '',
    ...(results.dashboard
      ? [
          '## Dashboard',
          '',
          `Every figure of the admin's landing page (src/dashboards/figures), timed in the process on this corpus with ${results.dashboard.historyRows.toLocaleString('en')} publication history rows:`,
          '',
          '| account | role | p50 ms | p95 ms | max ms | runs |',
          '|---|---|---:|---:|---:|---:|',
          ...results.dashboard.timings.map((t) => `| ${t.user} | ${t.role} | ${t.p50Ms} | ${t.p95Ms} | ${t.maxMs} | ${t.runs} |`),
          '',
          ...(results.dashboard.adminList?.length
            ? [
                "The admin's news list as Tehran's supervisor searches it (tests/bench/corpus/adminList.ts: the list view's own query, page 1 of 10 and its total):",
                '',
                '| search | filters | found | p50 ms | p95 ms | max ms |',
                '|---|---|---:|---:|---:|---:|',
                ...results.dashboard.adminList.map(
                  (t) => `| ${t.query} | ${t.filters} | ${t.totalDocs} | ${t.p50Ms} | ${t.p95Ms} | ${t.maxMs} |`,
                ),
                '',
              ]
            : []),
        ]
      : []),
    '## Targets',
    '',
    '| target | measured | goal | |',
    '|---|---|---|---|',
    ...targets(results).map((t) => `| ${t.name} | ${t.measured} | ${t.goal} | ${t.met ? 'met' : '**missed**'} |`),
  ]
  const profiles = Object.entries(results.profiles)
  if (profiles.length) {
    lines.push('', '## Where the server’s time goes (CPU profile, self time)', '')
    for (const [name, profile] of profiles) {
      lines.push(
        `**${name}** (${profile.totalMs} ms sampled): ${profile.byOwner
          .slice(0, 8)
          .map((row) => `${row.owner} ${row.share}%`)
          .join(' · ')}`,
      )
      lines.push(
        '',
        `Top functions: ${profile.topFunctions
          .slice(0, 6)
          .map((row) => `\`${row.fn}\` (${row.owner}) ${row.share}%`)
          .join(' · ')}`,
        '',
      )
    }
  }
  return lines.join('\n') + '\n'
}

export function writeReport(results: BenchResults, dir: string, log: (line: string) => void): void {
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(results, null, 2) + '\n')
  const text = markdown(results)
  fs.writeFileSync(path.join(dir, 'latest.md'), text)
  log('')
  log(text)
  log(`Written to ${path.join(dir, 'latest.md')} and latest.json`)
}
