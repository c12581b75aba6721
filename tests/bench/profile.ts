import fs from 'fs'
import path from 'path'

/** A V8 `.cpuprofile` as `node --cpu-prof` writes it. */
type CpuProfile = {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>
  samples: number[]
  timeDeltas: number[]
  /** Microseconds on the monotonic clock, the one `process.hrtime` reads. */
  startTime: number
}

/** A stretch of time on the monotonic clock, in microseconds. */
export type Window = { fromUs: number; toUs: number }
export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n)

export type ProfileSummary = {
  totalMs: number
  /** Self time per owner: a package under node_modules, "ours" (src/, collections/), node itself, or idle/GC. */
  byOwner: Array<{ owner: string; ms: number; share: number }>
  /** The functions with the most self time. */
  topFunctions: Array<{ fn: string; owner: string; ms: number; share: number }>
}

/** Who a sampled frame belongs to: where the time goes, at the level we can act on. */
function owner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)'
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/')
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!
  }
  if (url.startsWith('node:')) return 'node'
  // Next bundles our code and its dependencies into .next/server chunks: name what we can.
  if (url.includes('/.next/')) return 'next (bundled server chunk)'
  return url.includes('/src/') || url.includes('/collections/') ? 'ours' : path.basename(url)
}

/** Self time by owner and by function; with a window, only the samples taken within it. */
export function summarizeProfile(file: string, top = 15, window?: Window): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfMs = new Map<number, number>()
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0
    at += delta
    if (window && (at < window.fromUs || at > window.toUs)) return
    selfMs.set(id, (selfMs.get(id) ?? 0) + delta / 1000)
  })
  const totalMs = [...selfMs.values()].reduce((a, b) => a + b, 0)
  const owners = new Map<string, number>()
  const functions = new Map<string, { owner: string; ms: number }>()
  for (const [id, ms] of selfMs) {
    const { callFrame } = byId.get(id)!
    const who = owner(callFrame.url, callFrame.functionName)
    owners.set(who, (owners.get(who) ?? 0) + ms)
    const where = callFrame.url ? `${path.basename(callFrame.url)}:${callFrame.lineNumber + 1}` : ''
    const fn = `${callFrame.functionName || '(anonymous)'} ${where}`.trim()
    const entry = functions.get(fn) ?? { owner: who, ms: 0 }
    entry.ms += ms
    functions.set(fn, entry)
  }
  const share = (ms: number) => Math.round((ms / totalMs) * 1000) / 10
  return {
    totalMs: Math.round(totalMs),
    byOwner: [...owners]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([who, ms]) => ({ owner: who, ms: Math.round(ms), share: share(ms) })),
    topFunctions: [...functions]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, top)
      .map(([fn, { owner: who, ms }]) => ({ fn, owner: who, ms: Math.round(ms), share: share(ms) })),
  }
}

/** The profile of the busiest thread in a folder of `.cpuprofile` files (Node writes one per thread). */
export function largestProfile(dir: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(dir, name))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  // `tsx tests/bench/profile.ts FILE.cpuprofile`: print where the time went.
  const summary = summarizeProfile(process.argv[2]!, Number(process.argv[3] ?? 25))
  console.log(`total ${summary.totalMs} ms`)
  for (const row of summary.byOwner) console.log(`${String(row.share).padStart(5)}%  ${row.owner}`)
  console.log('')
  for (const row of summary.topFunctions) console.log(`${String(row.share).padStart(5)}%  ${row.fn}  [${row.owner}]`)
}
