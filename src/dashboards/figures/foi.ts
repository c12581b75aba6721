import { createLocalReq } from 'payload'

import { allOf, type DashboardContext } from './context'

const FOI_REQUESTS = 'foi-requests'
/** States in which the desk owes an answer (the FOI desk's rule for "overdue"). */
const OWING = ['registered', 'assigned']
const OVERDUE_SHOWN = 10

type DeskFigures = {
  received: number
  responded: number
  respondedOnTime: number
  overdueNow: number
  medianWorkingDaysToRespond: number | null
}
export type FoiFigures = DeskFigures & {
  onTimeRate: number | null
  overdue: Array<{ id: string; trackingCode: string; subject: string; dueAt: string }>
  organizations: Array<{ organization: string } & DeskFigures>
}

/**
 * The FOI desk's figures for the user: the desk's own `GET /api/foi-requests/figures`, called in
 * the process through Payload's config (src/foi/index.ts exports no figures, and a feature may
 * not import another's files), so the counts, the on-time rule and the median in working days
 * are the desk's and read through the user's access; beside them the overdue requests, oldest
 * deadline first, read without the requester's fields. Null when the desk is not installed.
 */
export async function foiFigures(ctx: DashboardContext): Promise<FoiFigures | null> {
  const { payload } = ctx.req
  const endpoint = payload.collections[FOI_REQUESTS]?.config.endpoints
  const figures = endpoint ? endpoint.find((candidate) => candidate.path === '/figures' && candidate.method === 'get') : undefined
  if (!figures) return null
  const req = await createLocalReq({ user: ctx.req.user as never }, payload)
  Object.assign(req, {
    url: `http://localhost/api/${FOI_REQUESTS}/figures`,
    context: { ...req.context, newsroomScope: ctx.req.context.newsroomScope },
  })
  const response = await figures.handler(req)
  if (!response.ok) return null
  const body = (await response.json()) as { total: DeskFigures; organizations: Array<{ organization: string } & DeskFigures> }
  const overdue = await payload.find({
    collection: FOI_REQUESTS,
    where: allOf({ status: { in: OWING } }, { dueAt: { less_than: ctx.now.toISOString() } }, ctx.inScope()),
    sort: 'dueAt',
    limit: OVERDUE_SHOWN,
    depth: 0,
    select: { trackingCode: true, subject: true, dueAt: true },
    overrideAccess: false,
    req: ctx.req,
  })
  const { total } = body
  return {
    ...total,
    onTimeRate: total.responded > 0 ? total.respondedOnTime / total.responded : null,
    overdue: overdue.docs.map((doc) => {
      const row = doc as unknown as { id: string | number; trackingCode?: string; subject?: string; dueAt?: string }
      return { id: String(row.id), trackingCode: row.trackingCode ?? '', subject: row.subject ?? '', dueAt: row.dueAt ?? '' }
    }),
    organizations: body.organizations,
  }
}
