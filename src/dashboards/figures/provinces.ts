import type { DashboardContext, Names } from './context'
import type { FoiFigures } from './foi'
import { leadTimes } from './leadTimes'
import type { PublishedPerDay } from './published'

export type ProvinceRow = {
  id: string
  name: Names
  published: number
  medianSeconds: number | null
  publications: number
  foiOnTimeRate: number | null
  foiOverdue: number
}

/**
 * The ministry's view, province by province (the ministry's own center as one row too):
 * published in the last 30 days (from the grouped daily counts), the median time from
 * submission to publication (a count and a one-row read per province) and the FOI desk's
 * on-time rate and overdue requests (its figures per organization, summed per province).
 */
export async function provinceComparison(
  ctx: DashboardContext,
  published: PublishedPerDay,
  foi: FoiFigures | null,
): Promise<ProvinceRow[]> {
  const members = new Map<string, string[]>()
  for (const organization of ctx.organizations)
    members.set(organization.group, [...(members.get(organization.group) ?? []), organization.id])
  const groupOf = new Map(ctx.organizations.map((organization) => [organization.id, organization.group]))
  const foiByGroup = new Map<string, { responded: number; onTime: number; overdue: number }>()
  for (const row of foi?.organizations ?? []) {
    const group = groupOf.get(String(row.organization))
    if (!group) continue
    const sums = foiByGroup.get(group) ?? { responded: 0, onTime: 0, overdue: 0 }
    foiByGroup.set(group, {
      responded: sums.responded + row.responded,
      onTime: sums.onTime + row.respondedOnTime,
      overdue: sums.overdue + row.overdueNow,
    })
  }
  return Promise.all(
    ctx.groups.map(async (group) => {
      const times = await leadTimes(ctx, members.get(group.id) ?? [], { percentiles: false })
      const desk = foiByGroup.get(group.id)
      return {
        id: group.id,
        name: group.name,
        published: published.series.find((series) => series.id === group.id)?.total ?? 0,
        medianSeconds: times.medianSeconds,
        publications: times.count,
        foiOnTimeRate: desk && desk.responded > 0 ? desk.onTime / desk.responded : null,
        foiOverdue: desk?.overdue ?? 0,
      }
    }),
  )
}
