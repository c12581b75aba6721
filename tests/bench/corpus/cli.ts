import fs from 'fs'
import { getPayload } from 'payload'

import { keepPlannerStatistics } from '@/db/plannerStatistics'
import type { Organization } from '@/payload-types'
import { runToCompletion } from '@/scripts/runToCompletion'

import { benchAdminList } from './adminList'
import { benchDashboard } from './dashboard'
import { createItems, prepareCorpus } from './generate'

type Id = Organization['id']

/**
 * `tsx --import ./src/scripts/preload-lexical.mjs tests/bench/corpus/cli.ts COMMAND`, with
 * DATABASE_URI and MEDIA_DIR set. The benchmark runs these as separate processes: `prepare` once,
 * then `items` in one process per core, then `articles`.
 *   prepare [--images N] [--campaigns N]         the demo seed, campaigns and images
 *   items --from A --to B --worker K --workers W  creates items A..B-1 (every W-th, from A+K)
 *   jobs                                          runs the queued jobs that are due, until none is left
 *   articles --out FILE                           lists published news as [province, slug]
 *   dashboard --out FILE [--runs N]               times the admin's dashboard figures (./dashboard.ts) and its
 *                                                 news list searched by a supervisor (./adminList.ts)
 */
async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2)
  const value = (name: string, fallback?: string): string => {
    const at = args.indexOf(name)
    const found = at >= 0 ? args[at + 1] : fallback
    if (found === undefined) throw new Error(`${command}: ${name} is required`)
    return found
  }
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  if (command === 'prepare') {
    const password = process.env.SEED_PASSWORD
    if (!password) throw new Error('prepare: SEED_PASSWORD is required')
    await prepareCorpus(payload, { images: Number(value('--images', '200')), campaigns: Number(value('--campaigns', '60')), password })
  } else if (command === 'items') {
    await createItems(payload, {
      from: Number(value('--from')),
      to: Number(value('--to')),
      worker: Number(value('--worker', '0')),
      workers: Number(value('--workers', '1')),
      log: (line) => console.log(line),
    })
  } else if (command === 'jobs') {
    await runDueJobs(payload)
  } else if (command === 'articles') {
    fs.writeFileSync(value('--out'), JSON.stringify(await publishedNewsByProvince(payload)))
  } else if (command === 'dashboard') {
    // The planner's statistics as the server keeps them (it analyzes at start): taken before the
    // server has ever run on this corpus, they are the last ones, from a corpus a tenth the size.
    await keepPlannerStatistics(payload)
    const options = { runs: Number(value('--runs', '15')), warmup: 3 }
    const dashboard = await benchDashboard(payload, options)
    fs.writeFileSync(value('--out'), JSON.stringify({ ...dashboard, adminList: await benchAdminList(payload, options) }))
  } else {
    throw new Error(`unknown command "${command}": prepare, items, jobs, articles or dashboard`)
  }
  await payload.destroy()
}

/**
 * The work an ingest leaves queued (the ingest processes run no jobs), done as the server's runner
 * would do it. Above all, an image first published with an item of its own province becomes public
 * then, and every answer that shows it is made again, in jobs of 100 documents: at 100,000 items
 * that is tens of thousands of documents. Left to the server, it ran for the first two minutes
 * of the 100,000-item phase: the memory at rest (436 MB for the server, 355 MB of it anonymous,
 * against 297 MB once the queue is empty) and the first scenarios were measured beside it.
 */
async function runDueJobs(payload: Awaited<ReturnType<typeof getPayload>>): Promise<void> {
  const started = performance.now()
  let runs = 0
  for (;;) {
    const result = await payload.jobs.run({ allQueues: true, limit: 100, silent: true })
    runs += Object.keys(result.jobStatus ?? {}).length
    if (result.noJobsRemaining || !result.jobStatus || Object.keys(result.jobStatus).length === 0) break
  }
  console.log(`  Jobs left by the ingest: ${runs} run in ${Math.round((performance.now() - started) / 1000)} s`)
}

/** Every published news item as [province slug, article slug]: the URLs scenario B requests. */
async function publishedNewsByProvince(payload: Awaited<ReturnType<typeof getPayload>>): Promise<Array<[string, string]>> {
  const orgs = await payload.find({
    collection: 'organizations',
    limit: 0,
    depth: 0,
    pagination: false,
    select: { slug: true, type: true, parent: true },
  })
  const byId = new Map(orgs.docs.map((doc) => [doc.id, doc]))
  const provinceOf = (id: Id): string | undefined => {
    const org = byId.get(id)
    if (!org) return undefined
    if (org.type === 'province') return org.slug ?? undefined
    const parent = typeof org.parent === 'object' ? org.parent?.id : org.parent
    return parent === undefined || parent === null ? undefined : provinceOf(parent)
  }
  const news = await payload.find({
    collection: 'news-items',
    where: { _status: { equals: 'published' } },
    limit: 0,
    depth: 0,
    pagination: false,
    select: { slug: true, organization: true },
  })
  return news.docs.flatMap((doc) => {
    const org = typeof doc.organization === 'object' ? doc.organization?.id : doc.organization
    const province = org === undefined || org === null ? undefined : provinceOf(org)
    return province && doc.slug ? [[province, doc.slug] as [string, string]] : []
  })
}

runToCompletion('The corpus generator', main)
