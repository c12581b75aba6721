import { countPublishedPerPeriod } from '@/db/groupedCounts'
import type { DayKey } from '@/lib/dates'
import type { DashboardContext, Names } from './context'

/** The content people publish: news items and press releases (campaigns are what they serve). */
export const PUBLISHED_COLLECTIONS = ['news-items', 'press-releases'] as const

export type DailySeries = { id: string; name: Names; counts: number[]; total: number }
export type PublishedPerDay = { days: DayKey[]; series: DailySeries[]; totals: number[] }

/**
 * Items published per day over the last 30 days of the organization's calendar, per
 * organization in scope (per province for the admin): one grouped query per collection, bounded
 * by the published-at index and the scope's organizations. Counts what is live now, on the day
 * it was first published (`publishedAt`).
 */
export async function publishedPerDay(ctx: DashboardContext): Promise<PublishedPerDay> {
  const boundaries = [ctx.days[0]!.from, ...ctx.days.map((day) => day.to)]
  const organizations = ctx.scope === 'all' ? 'all' : ctx.scope
  const rows = (
    await Promise.all(
      PUBLISHED_COLLECTIONS.map((collection) =>
        countPublishedPerPeriod(ctx.req.payload, { collection, dateField: 'publishedAt', boundaries, organizations }),
      ),
    )
  ).flat()
  const groupOf = new Map(ctx.organizations.map((organization) => [organization.id, organization.group]))
  const counts = new Map(ctx.groups.map((group) => [group.id, ctx.days.map(() => 0)]))
  for (const row of rows) {
    const group = groupOf.get(row.organization)
    const series = group === undefined ? undefined : counts.get(group)
    if (series) series[row.period]! += row.count
  }
  const series = ctx.groups.map((group) => {
    const values = counts.get(group.id)!
    return { id: group.id, name: group.name, counts: values, total: values.reduce((sum, value) => sum + value, 0) }
  })
  return {
    days: ctx.days.map((day) => day.day),
    series,
    totals: ctx.days.map((_, index) => series.reduce((sum, one) => sum + one.counts[index]!, 0)),
  }
}
