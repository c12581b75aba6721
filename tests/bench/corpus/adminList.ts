import { createLocalReq, type Payload, type Where } from 'payload'

import { SEARCH_QUERIES } from './text'

export type AdminListTiming = {
  query: string
  filters: string
  totalDocs: number
  runs: number
  p50Ms: number
  p95Ms: number
  maxMs: number
}

const SUPERVISOR = 'supervisor.tehran@demo.newsroom'

/**
 * The admin's news list as a province's supervisor opens it with a Persian word in its search box:
 * the same Local API call Payload's list view makes (the latest version of each document, the
 * account's access rules, the lock status, the collection's default sort, one page of 10 and its
 * total), alone and with the status and organization filters an editor adds. A new request each
 * run, as each page load is. Timed in the process, not over HTTP: the list's own query is what
 * grows with the corpus.
 */
export async function benchAdminList(payload: Payload, { runs, warmup }: { runs: number; warmup: number }): Promise<AdminListTiming[]> {
  const found = await payload.find({ collection: 'users', where: { email: { equals: SUPERVISOR } }, limit: 1, depth: 0 })
  const user = found.docs[0]
  if (!user) throw new Error(`no ${SUPERVISOR} in the corpus`)
  const organization = typeof user.organization === 'object' ? user.organization?.id : user.organization
  const timings: AdminListTiming[] = []
  const cases: Array<{ query: string; filters: string; where: Where }> = [
    { query: '—', filters: 'none (the list as it opens)', where: {} },
    ...SEARCH_QUERIES.slice(0, 3).flatMap((query) => {
      const search: Where = { or: [{ searchText: { like: query } }] }
      return [
        { query, filters: 'search only', where: search },
        {
          query,
          filters: 'search + status in review or published + organization',
          where: { and: [search, { workflowStatus: { in: ['in_review', 'published'] } }, { organization: { equals: organization } }] },
        },
      ]
    }),
  ]
  for (const { query, filters, where } of cases) {
    const times: number[] = []
    let totalDocs = 0
    for (let run = 0; run < warmup + runs; run++) {
      const req = await createLocalReq({ user: { ...user, collection: 'users' } as never, locale: 'fa' }, payload)
      const started = performance.now()
      const result = await payload.find({
        collection: 'news-items',
        where,
        draft: true,
        includeLockStatus: true,
        depth: 0,
        limit: 10,
        page: 1,
        sort: '-publishedAt',
        locale: 'fa',
        overrideAccess: false,
        req,
        user: req.user!,
      })
      if (run >= warmup) times.push(performance.now() - started)
      totalDocs = result.totalDocs
    }
    times.sort((a, b) => a - b)
    const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]! * 10) / 10
    timings.push({ query, filters, totalDocs, runs, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1) })
  }
  return timings
}
