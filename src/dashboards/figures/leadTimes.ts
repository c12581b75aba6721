import type { Where } from 'payload'

import { TRANSITIONS_SLUG } from '@/config/editorial'
import { allOf, type DashboardContext } from './context'

export type LeadTimes = { count: number; medianSeconds: number | null; p90Seconds: number | null }

/**
 * Time from submission to publication of what was published in the last 30 days, in scope: the
 * median and the 90th percentile by nearest rank (the value at rank ⌈p·n⌉ of the sorted times).
 * The workflow records the time on each publication (`secondsFromSubmission`), so each figure
 * is a count and a one-row read at an offset of the indexed sort, never the rows themselves.
 */
export async function leadTimes(
  ctx: DashboardContext,
  organizations?: Array<number | string>,
  { percentiles = true }: { percentiles?: boolean } = {},
): Promise<LeadTimes> {
  const where = allOf(
    { to: { equals: 'published' } },
    { createdAt: { greater_than_equal: ctx.days[0]!.from.toISOString() } },
    { createdAt: { less_than: ctx.days.at(-1)!.to.toISOString() } },
    { secondsFromSubmission: { exists: true } },
    organizations ? { organization: { in: organizations } } : ctx.inScope(),
  )
  const { totalDocs: count } = await ctx.req.payload.count({ collection: TRANSITIONS_SLUG, where, overrideAccess: false, req: ctx.req })
  if (count === 0) return { count, medianSeconds: null, p90Seconds: null }
  const [medianSeconds, p90Seconds] = await Promise.all([
    rank(ctx, where, Math.ceil(0.5 * count)),
    percentiles ? rank(ctx, where, Math.ceil(0.9 * count)) : null,
  ])
  return { count, medianSeconds, p90Seconds }
}

async function rank(ctx: DashboardContext, where: Where, position: number): Promise<number | null> {
  const found = await ctx.req.payload.find({
    collection: TRANSITIONS_SLUG,
    where,
    sort: 'secondsFromSubmission',
    limit: 1,
    page: position,
    depth: 0,
    select: { secondsFromSubmission: true },
    overrideAccess: false,
    req: ctx.req,
  })
  return found.docs[0]?.secondsFromSubmission ?? null
}
