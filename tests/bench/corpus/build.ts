import { spawn } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'

import type { DashboardBench } from './dashboard'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

export type Articles = Array<[province: string, slug: string]>
export type IngestResult = { items: number; seconds: number; itemsPerSecond: number }

/** One corpus CLI command in its own process; rejects when it fails. */
function corpusCommand(env: NodeJS.ProcessEnv, args: string[], log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['--import', './src/scripts/preload-lexical.mjs', 'tests/bench/corpus/cli.ts', ...args], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.startsWith('  ')) log(line)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-4000)
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`corpus ${args[0]} failed (${code}):\n${errors}`))))
  })
}

/** The demo seed, campaigns and images: what every item refers to. Returns its seconds. */
export async function prepareCorpus(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<number> {
  const started = performance.now()
  await corpusCommand(env, ['prepare'], log)
  return (performance.now() - started) / 1000
}

/**
 * Grows the corpus from `from` to `to` items with one process per core, in bulk-import mode (no
 * per-document transaction, no fsync: the corpus is disposable). Every item still goes through
 * Payload's create with all hooks.
 */
export async function growCorpus(env: NodeJS.ProcessEnv, from: number, to: number, log: (line: string) => void): Promise<IngestResult> {
  const workers = Math.max(1, Math.min(os.availableParallelism(), 4))
  const bulk = { ...env, SQLITE_BULK_IMPORT: '1' }
  const started = performance.now()
  await Promise.all(
    Array.from({ length: workers }, (_, worker) =>
      corpusCommand(
        bulk,
        ['items', '--from', String(from), '--to', String(to), '--worker', String(worker), '--workers', String(workers)],
        log,
      ),
    ),
  )
  const seconds = (performance.now() - started) / 1000
  // Not part of the ingest's rate: what its writes left queued, done before anything is measured.
  await corpusCommand(env, ['jobs'], log)
  return { items: to - from, seconds: Math.round(seconds), itemsPerSecond: Math.round((to - from) / seconds) }
}

/** The dashboard's answer time per role (./dashboard.ts), in a process of its own on the corpus. */
export async function timeDashboard(env: NodeJS.ProcessEnv, dir: string, log: (line: string) => void): Promise<DashboardBench> {
  const out = path.join(dir, 'dashboard.json')
  await corpusCommand(env, ['dashboard', '--out', out], log)
  return JSON.parse(fs.readFileSync(out, 'utf8')) as DashboardBench
}

/** The published news items as [province, slug]: what the article scenarios request. */
export async function listArticles(env: NodeJS.ProcessEnv, dir: string): Promise<Articles> {
  const out = path.join(dir, 'articles.json')
  await corpusCommand(env, ['articles', '--out', out], () => {})
  return JSON.parse(fs.readFileSync(out, 'utf8')) as Articles
}
