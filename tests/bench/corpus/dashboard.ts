import { createLocalReq, type Payload } from 'payload'

import { organizationTimeZone } from '@/config/timeZone'
import { dashboardFigures } from '@/dashboards/figures'

import type { AdminListTiming } from './adminList'

export type DashboardTiming = { user: string; role: string; runs: number; p50Ms: number; p95Ms: number; maxMs: number }
/** `adminList` is absent in runs made before it was measured. */
export type DashboardBench = { historyRows: number; timings: DashboardTiming[]; adminList?: AdminListTiming[] }

const DAY = 86_400_000
const USERS = ['admin@demo.newsroom', 'supervisor.tehran@demo.newsroom', 'editor.tehran@demo.newsroom']

/**
 * The dashboard's answer time: every figure of the landing page (dashboardFigures, what the page
 * renders) for the admin, a province's supervisor and an editor, timed in the process on the
 * benchmark's database. The corpus publishes without the workflow, so first every item published
 * in the last 30 days gets the history row a real publication leaves (with a time from
 * submission), once: without them the median and percentile would be read from nothing.
 */
export async function benchDashboard(payload: Payload, { runs, warmup }: { runs: number; warmup: number }): Promise<DashboardBench> {
  const historyRows = await ensurePublicationHistory(payload)
  const timings: DashboardTiming[] = []
  for (const email of USERS) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
    const user = found.docs[0]
    if (!user) throw new Error(`no ${email} in the corpus`)
    const times: number[] = []
    for (let run = 0; run < warmup + runs; run++) {
      // A new request each time, as each page load is: nothing cached on it (the user's scope included).
      const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
      const started = performance.now()
      await dashboardFigures(req, { now: new Date(), timeZone: organizationTimeZone() })
      if (run >= warmup) times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]! * 10) / 10
    timings.push({ user: email, role: user.role, runs, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1) })
  }
  return { historyRows, timings }
}

async function ensurePublicationHistory(payload: Payload): Promise<number> {
  const existing = await payload.count({ collection: 'workflow-transitions', where: { to: { equals: 'published' } } })
  if (existing.totalDocs > 0) return existing.totalDocs
  let rows = 0
  for (const collection of ['news-items', 'press-releases'] as const) {
    const recent = await payload.find({
      collection,
      where: {
        and: [{ _status: { equals: 'published' } }, { publishedAt: { greater_than_equal: new Date(Date.now() - 30 * DAY).toISOString() } }],
      },
      select: { organization: true, publishedAt: true },
      depth: 0,
      limit: 0,
      pagination: false,
    })
    for (const [index, doc] of recent.docs.entries()) {
      // From a few minutes to a few days, skewed short, repeatably.
      const seconds = Math.round(300 * Math.exp(((index * 7919) % 1000) / 130))
      await payload.create({
        collection: 'workflow-transitions',
        data: {
          document: { relationTo: collection, value: doc.id },
          organization: doc.organization as number,
          from: 'approved',
          to: 'published',
          submittedAt: new Date(Date.parse(doc.publishedAt!) - seconds * 1000).toISOString(),
          secondsFromSubmission: seconds,
        },
        overrideAccess: true,
      })
      rows++
    }
  }
  return rows
}
