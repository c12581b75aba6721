import type { Where } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import { dayKeyOf } from '@/lib/dates'
import { allOf, type DashboardContext, type Names } from './context'
import { PUBLISHED_COLLECTIONS } from './published'

export type CampaignProgress = { id: string; title: Names; published: number; planned: number | null; endsAt: string; daysLeft: number }

const SHOWN = 10
const DAY_MS = 86_400_000

/**
 * Campaigns running now (published, started, not ended) that the user's scope owns or targets,
 * ending soonest first: items published in the campaign inside the scope against the plan
 * (`plannedItems` per target province: one province's plan for a supervisor, all targets' for
 * the admin), and the days left on the organization's calendar. A count per campaign.
 */
export async function campaignProgress(ctx: DashboardContext): Promise<CampaignProgress[]> {
  const { payload } = ctx.req
  const now = ctx.now.toISOString()
  const provinces = ctx.organizations.filter((organization) => organization.type === 'province').map((organization) => organization.id)
  const reach: Where | true =
    ctx.scope === 'all' ? true : { or: [ctx.inScope() as Where, ...(provinces.length ? [{ provinces: { in: provinces } }] : [])] }
  const found = await payload.find({
    collection: 'campaigns',
    where: allOf(
      { _status: { equals: 'published' } },
      { startsAt: { less_than_equal: now } },
      { endsAt: { greater_than_equal: now } },
      reach,
    ),
    sort: 'endsAt',
    limit: SHOWN,
    depth: 0,
    locale: 'all',
    select: { title: true, plannedItems: true, provinces: true, endsAt: true },
    overrideAccess: false,
    req: ctx.req,
  })
  const today = dayKeyOf(ctx.now, ctx.timeZone)
  return Promise.all(
    found.docs.map(async (campaign) => {
      const counts = await Promise.all(
        PUBLISHED_COLLECTIONS.map((collection) =>
          payload.count({
            collection,
            where: allOf({ campaign: { equals: campaign.id } }, { _status: { equals: 'published' } }, ctx.inScope()),
            overrideAccess: false,
            req: ctx.req,
          }),
        ),
      )
      const targets = (campaign.provinces ?? []).map((province) => String(relationId(province as RelationValue)))
      const plannedProvinces = ctx.scope === 'all' ? Math.max(1, targets.length) : 1
      const title = (campaign.title ?? {}) as unknown as Partial<Names>
      const endDay = dayKeyOf(new Date(campaign.endsAt!), ctx.timeZone)
      return {
        id: String(campaign.id),
        title: { fa: title.fa ?? title.en ?? '', en: title.en ?? title.fa ?? '' },
        published: counts.reduce((sum, count) => sum + count.totalDocs, 0),
        planned: typeof campaign.plannedItems === 'number' ? campaign.plannedItems * plannedProvinces : null,
        endsAt: campaign.endsAt!,
        daysLeft: Math.round((Date.parse(`${endDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS),
      }
    }),
  )
}
