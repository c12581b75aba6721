import type { PayloadRequest } from 'payload'

import { campaignProgress, type CampaignProgress } from './campaigns'
import { dashboardContext, type DashboardContext, type DashboardOptions } from './context'
import { editorFigures, type EditorFigures } from './editor'
import { foiFigures, type FoiFigures } from './foi'
import { leadTimes, type LeadTimes } from './leadTimes'
import { provinceComparison, type ProvinceRow } from './provinces'
import { publishedPerDay, type PublishedPerDay } from './published'
import { reviewQueueFigures, type ReviewQueueFigures } from './review'

export type SupervisorFigures = {
  review: ReviewQueueFigures
  published: PublishedPerDay
  leadTimes: LeadTimes
  campaigns: CampaignProgress[]
  foi: FoiFigures | null
  /** The admin's comparison of provinces; null for a supervisor. */
  provinces: ProvinceRow[] | null
}

export type DashboardFigures =
  | { role: 'editor'; ctx: DashboardContext; editor: EditorFigures }
  | ({ role: 'supervisor' | 'admin'; ctx: DashboardContext } & SupervisorFigures)

/** Every figure of the signed-in user's dashboard, in their scope, as of `now`. */
export async function dashboardFigures(req: PayloadRequest, options: DashboardOptions): Promise<DashboardFigures> {
  const ctx = await dashboardContext(req, options)
  if (ctx.role === 'editor') return { role: 'editor', ctx, editor: await editorFigures(ctx) }
  const [review, published, times, campaigns, foi] = await Promise.all([
    reviewQueueFigures(ctx),
    publishedPerDay(ctx),
    leadTimes(ctx),
    campaignProgress(ctx),
    foiFigures(ctx),
  ])
  const provinces = ctx.role === 'admin' ? await provinceComparison(ctx, published, foi) : null
  return { role: ctx.role, ctx, review, published, leadTimes: times, campaigns, foi, provinces }
}

export type { CampaignProgress, EditorFigures, FoiFigures, LeadTimes, ProvinceRow, PublishedPerDay, ReviewQueueFigures }
