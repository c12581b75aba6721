import { spawn } from 'child_process'
import crypto from 'crypto'
import fs from 'fs'
import os from 'os'
import path from 'path'

import { buildIfStale, startServer, startWithNpmStart, type RunningServer } from '../helpers/server'
import { growCorpus, listArticles, prepareCorpus, timeDashboard, type Articles, type IngestResult } from './corpus/build'
import { imageBenchmark } from './images'
import { runLoad, warm, type LoadOptions, type LoadResult } from './load'
import { restingRssMb, rssSampler } from './memory'
import { largestProfile, monotonicUs, summarizeProfile, type ProfileSummary, type Window } from './profile'
import { writeReport, type BenchResults } from './report'
import {
  articleScenarios,
  coldListScenario,
  deliveryList,
  deliveryListPaths,
  FLOOR_PATH,
  payloadRestList,
  SAMPLE_LIST_PATH,
  searchScenario,
} from './scenarios'

/**
 * `npm run bench [-- --items 100000] [--growth-items 10000] [--seconds 20] [--connections 32]
 * [--data DIR] [--no-profile]`: builds a corpus through Payload, then measures the production
 * server (`npm start`, its whole process tree) under autocannon against baselines measured in the same run. Results go
 * to tests/bench/results/ (see README "Performance").
 */
const args = process.argv.slice(2)
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name)
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback
}
const items = Number(option('--items', '100000'))
const growthItems = Number(option('--growth-items', String(Math.round(items / 10))))
const load: LoadOptions = { seconds: Number(option('--seconds', '20')), connections: Number(option('--connections', '32')) }
const profileSeconds = Math.min(10, load.seconds)
const keepData = args.includes('--data')
const dataDir = path.resolve(option('--data', fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'))))
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')

const log = (line: string) => console.log(line)
const SEED_PASSWORD = 'bench-password-1'

function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: `file:${path.join(dataDir, 'bench.db')}`,
    MEDIA_DIR: path.join(dataDir, 'media'),
    PAYLOAD_SECRET: crypto.randomBytes(24).toString('hex'),
    SEED_PASSWORD,
    // The framework-floor route (scenario E) answers only where this names a file.
    BENCH_FLOOR_BODY_FILE: path.join(dataDir, 'floor-body.json'),
    ...extra,
  }
}

/** How many bench items the database already holds (so `--data DIR` can resume or reuse). */
function itemsDone(): number {
  const file = path.join(dataDir, 'items-done')
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : 0
}

async function ingestTo(target: number): Promise<IngestResult | undefined> {
  const done = itemsDone()
  if (done >= target) return undefined
  log(`Corpus: creating items ${done.toLocaleString('en')}–${target.toLocaleString('en')} through Payload…`)
  const result = await growCorpus(environment(), done, target, log)
  fs.writeFileSync(path.join(dataDir, 'items-done'), String(target))
  log(`Corpus: ${result.items.toLocaleString('en')} items in ${result.seconds} s = ${result.itemsPerSecond} items/s`)
  return result
}

async function provinceOrganizations(server: RunningServer): Promise<Map<string, Array<number | string>>> {
  const response = await fetch(`${server.baseURL}/api/organizations?limit=500&depth=0`)
  const { docs } = (await response.json()) as {
    docs: Array<{ id: number | string; slug: string; type: string; parent?: number | string | null }>
  }
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const provinceOf = (doc: (typeof docs)[number]): string | undefined =>
    doc.type === 'province' ? doc.slug : doc.parent != null && byId.has(doc.parent) ? provinceOf(byId.get(doc.parent)!) : undefined
  const scopes = new Map<string, Array<number | string>>()
  for (const doc of docs) {
    const province = provinceOf(doc)
    if (province) scopes.set(province, [...(scopes.get(province) ?? []), doc.id])
  }
  return scopes
}

type DeliveryRuns = { A: LoadResult; Acold: LoadResult; Bcold: LoadResult; Bwarm: LoadResult; F: LoadResult }

/** A, cold A, cold and warm B, and F: what is measured at both corpus sizes. */
async function deliveryRuns(server: RunningServer, article: ReturnType<typeof articleScenarios>, size: string): Promise<DeliveryRuns> {
  log(`Load at ${size} items (${load.seconds} s × ${load.connections} connections each):`)
  const onServer = { ...load, serverPgid: server.pid }
  await warm(server.baseURL, deliveryListPaths())
  const A = report(await runLoad('A delivery list', server.baseURL, deliveryList(), onServer))
  const Acold = report(await runLoad('A delivery list, cold', server.baseURL, coldListScenario(), onServer))
  const Bcold = report(await runLoad('B article, cold', server.baseURL, article.cold, onServer))
  await warm(server.baseURL, article.warmPaths)
  const Bwarm = report(
    await runLoad(
      'B article, warm',
      server.baseURL,
      () => article.warmPaths[Math.floor(Math.random() * article.warmPaths.length)]!,
      onServer,
    ),
  )
  const F = report(await runLoad('F delivery search', server.baseURL, searchScenario(), onServer))
  return { A, Acold, Bcold, Bwarm, F }
}

function report(result: LoadResult): LoadResult {
  const rss = result.peakRssMb === null ? '' : `, server RSS ≤ ${result.peakRssMb} MB`
  log(
    `  ${result.name.padEnd(24)} ${String(result.requestsPerSecond).padStart(6)} req/s  p50 ${String(result.p50).padStart(4)} ms  p99 ${String(result.p99).padStart(4)} ms  errors ${result.errors}  non-2xx ${result.non2xx}  (${result.distinctPaths} distinct URLs${rss})`,
  )
  if (result.errors > 0 || result.non2xx > 0) log(`  ! ${result.name} had failed requests: its numbers are not comparable`)
  return result
}

/** Scenario D: the bare node:http server with the same bytes, in a process of its own. */
async function startNodeFloor(body: Buffer, headers: Record<string, string>): Promise<{ baseURL: string; stop: () => void }> {
  fs.writeFileSync(path.join(dataDir, 'node-floor-body.json'), body)
  fs.writeFileSync(path.join(dataDir, 'node-floor-headers.json'), JSON.stringify(headers))
  const child = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    ['tests/bench/nodeFloor.ts', path.join(dataDir, 'node-floor-body.json'), path.join(dataDir, 'node-floor-headers.json')],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))
    child.once('exit', (code) => reject(new Error(`node floor server exited with ${code}`)))
  })
  return { baseURL: `http://127.0.0.1:${port}`, stop: () => child.kill() }
}

/** The delivery list's exact bytes and headers, for D and E to return. */
async function sampleAnswer(server: RunningServer): Promise<{ body: Buffer; headers: Record<string, string> }> {
  const response = await fetch(server.baseURL + SAMPLE_LIST_PATH)
  const body = Buffer.from(await response.arrayBuffer())
  const keep = [
    'content-type',
    'etag',
    'cache-control',
    'vary',
    'access-control-allow-origin',
    'access-control-allow-methods',
    'access-control-allow-headers',
    'access-control-expose-headers',
    'access-control-max-age',
  ]
  const headers = Object.fromEntries(keep.flatMap((name) => (response.headers.get(name) ? [[name, response.headers.get(name)!]] : [])))
  return { body, headers }
}

async function profileRuns(articles: Articles, scopes: Map<string, Array<number | string>>): Promise<Record<string, ProfileSummary>> {
  const dir = path.join(dataDir, 'profile')
  fs.rmSync(dir, { recursive: true, force: true })
  const server = await startServer({ env: environment() }, ['--cpu-prof', `--cpu-prof-dir=${dir}`])
  const windows: Record<string, Window> = {}
  const article = articleScenarios(articles)
  const scenarios: Array<[string, () => string]> = [
    ['A delivery list', deliveryList()],
    ['A delivery list, cold', coldListScenario()],
    ['B article, cold', article.cold],
    ['C Payload REST list', payloadRestList(scopes)],
    ['F delivery search', searchScenario()],
  ]
  log(`CPU profiles of the server (${profileSeconds} s per scenario):`)
  await warm(server.baseURL, deliveryListPaths())
  for (const [name, next] of scenarios) {
    const fromUs = monotonicUs()
    await runLoad(name, server.baseURL, next, { ...load, seconds: profileSeconds })
    windows[name] = { fromUs, toUs: monotonicUs() }
  }
  await server.stop()
  const file = largestProfile(dir)
  if (!file) throw new Error('the profiled server wrote no .cpuprofile')
  const summaries: Record<string, ProfileSummary> = {}
  for (const [name, window] of Object.entries(windows)) {
    summaries[name] = summarizeProfile(file, 12, window)
    const owners = summaries[name].byOwner
      .slice(0, 6)
      .map((row) => `${row.owner} ${row.share}%`)
      .join(', ')
    log(`  ${name}: ${owners}`)
  }
  return summaries
}

async function main(): Promise<void> {
  const started = performance.now()
  log(`Benchmark data in ${dataDir}`)
  await buildIfStale()

  const prepareSeconds = itemsDone() === 0 && !fs.existsSync(path.join(dataDir, 'bench.db')) ? await prepareCorpus(environment(), log) : 0
  const ingests: IngestResult[] = []
  const small = await ingestTo(growthItems)
  if (small) ingests.push(small)
  const smallArticles = await listArticles(environment(), dataDir)
  let server = await startWithNpmStart({ env: environment() })
  const growthSmall = await deliveryRuns(server, articleScenarios(smallArticles), growthItems.toLocaleString('en'))
  await server.stop()

  const large = await ingestTo(items)
  if (large) ingests.push(large)
  const articles = await listArticles(environment(), dataDir)
  log(`Dashboard at ${items.toLocaleString('en')} items (every figure of the landing page, in the process):`)
  const dashboard = await timeDashboard(environment(), dataDir, log)
  for (const timing of dashboard.timings) {
    log(`  ${timing.role.padEnd(10)} p50 ${timing.p50Ms} ms  p95 ${timing.p95Ms} ms  max ${timing.maxMs} ms  (${timing.runs} runs)`)
  }
  log(`The admin's news list searched by Tehran's supervisor (page 1 of 10 and its total, in the process):`)
  for (const timing of dashboard.adminList ?? []) {
    log(
      `  «${timing.query}», ${timing.filters}: p50 ${timing.p50Ms} ms  p95 ${timing.p95Ms} ms  (${timing.totalDocs} found, ${timing.runs} runs)`,
    )
  }
  // `npm start` itself, so that the memory reported is its whole process tree (npm and the server).
  server = await startWithNpmStart({ env: environment() })
  const resting = await restingRssMb(server.pid)
  const idleRssMb = resting.rssMb
  log(`The npm start tree at rest: ${idleRssMb} MB (${resting.processes})`)
  const scopes = await provinceOrganizations(server)
  const sample = await sampleAnswer(server)
  fs.writeFileSync(path.join(dataDir, 'floor-body.json'), sample.body)
  const sampler = rssSampler(server.pid)
  const article = articleScenarios(articles)
  const delivery = await deliveryRuns(server, article, items.toLocaleString('en'))
  // One request at a time: what a cold article costs without queueing behind 31 others.
  const BcoldSingle = report(
    await runLoad('B article, cold, 1 conn', server.baseURL, article.cold, {
      seconds: Math.min(10, load.seconds),
      connections: 1,
      serverPgid: server.pid,
    }),
  )
  const C = report(await runLoad('C Payload REST list', server.baseURL, payloadRestList(scopes), { ...load, serverPgid: server.pid }))
  const floorCheck = await fetch(server.baseURL + FLOOR_PATH)
  if (!floorCheck.ok) throw new Error(`the framework-floor route answered ${floorCheck.status}`)
  const E = report(await runLoad('E empty Next route', server.baseURL, () => FLOOR_PATH, { ...load, serverPgid: server.pid }))
  const loadRssMb = sampler.stop()
  // The same cached list through Next.js's route: a second server with the early answers off.
  const throughNext = await startServer({ env: environment({ NEWSROOM_EARLY_ANSWERS: 'off' }) })
  await warm(throughNext.baseURL, deliveryListPaths())
  const Anext = report(await runLoad('A delivery list, through Next.js', throughNext.baseURL, deliveryList(), load))
  await throughNext.stop()
  const nodeFloor = await startNodeFloor(sample.body, sample.headers)
  const D = report(await runLoad('D bare node:http', nodeFloor.baseURL, () => '/', load))
  nodeFloor.stop()
  log('Image: 24-megapixel JPEG through the API and through sharp directly…')
  const image = await imageBenchmark({ baseURL: server.baseURL, email: 'editor.tehran@demo.newsroom', password: SEED_PASSWORD }, server.pid)
  log(`  upload ${image.uploadMs} ms, sharp ${image.rawSharpMs} ms (×${image.ratio}), server peak RSS ${image.serverPeakRssMb} MB`)
  await server.stop()

  const profiles = args.includes('--no-profile') ? {} : await profileRuns(articles, scopes)

  const ingestItems = ingests.reduce((sum, run) => sum + run.items, 0)
  const ingestSeconds = ingests.reduce((sum, run) => sum + run.seconds, 0)
  const results: BenchResults = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: machine(),
    settings: { items, growthItems, ...load, answerBytes: sample.body.length },
    ingest: {
      prepareSeconds: Math.round(prepareSeconds),
      items: ingestItems,
      seconds: ingestSeconds,
      itemsPerSecond: ingestSeconds ? Math.round(ingestItems / ingestSeconds) : null,
    },
    scenarios: { ...delivery, Anext, BcoldSingle, C, D, E },
    growth: { small: growthSmall, large: delivery },
    image,
    memory: { idleRssMb, loadRssMb },
    dashboard,
    profiles,
    totalMinutes: Math.round(((performance.now() - started) / 60_000) * 10) / 10,
  }
  writeReport(results, path.join(root, 'tests/bench/results'), log)
  if (!keepData) fs.rmSync(dataDir, { recursive: true, force: true })
}

function gitCommit(): string {
  try {
    const head = fs.readFileSync(path.join(root, '.git/HEAD'), 'utf8').trim()
    return head.startsWith('ref: ')
      ? fs
          .readFileSync(path.join(root, '.git', head.slice(5)), 'utf8')
          .trim()
          .slice(0, 12)
      : head.slice(0, 12)
  } catch {
    return 'unknown'
  }
}

function machine() {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
