import type { Endpoint, PayloadHandler, Where } from 'payload'

import { asNewsroomUser } from '@/access/roles'
import { withDescendants } from '@/access/scope'
import { officeCalendar } from '@/config/foi'
import { foiHolidays } from './calendarGlobal'
import { FIGURES_SELECT, figuresByOrganization, type FigureSource } from './figures'
import { FOI_REQUESTS_SLUG } from './vocabulary'

const problem = (status: number, error: string) => Response.json({ error }, { status })

/**
 * `GET /api/foi-requests/figures[?province=slug]`: received, responded (on time), overdue now, the
 * median working days to respond, refusals by legal ground and complaints, per organization and
 * in total, for the requests the user may read (their scope), optionally one province's. Staff
 * only; read through the user's own access, so the figures never count what they cannot see.
 */
const handler: PayloadHandler = async (req) => {
  if (!asNewsroomUser(req.user)) return problem(401, 'برای دیدن آمار وارد شوید. / Log in to see the figures.')
  const url = new URL(req.url ?? 'http://localhost/')
  const slug = url.searchParams.get('province')?.trim()
  let where: Where = {}
  if (slug) {
    const province = await req.payload.find({
      collection: 'organizations',
      where: { and: [{ slug: { equals: slug } }, { type: { equals: 'province' } }] },
      limit: 1,
      depth: 0,
      select: { slug: true },
      overrideAccess: false,
      req,
    })
    if (province.docs.length === 0) return problem(404, `استانی با نشانی «${slug}» نیست. / No province "${slug}".`)
    where = { organization: { in: await withDescendants(req, province.docs[0]!.id) } }
  }
  const requests = await req.payload.find({
    collection: FOI_REQUESTS_SLUG,
    where,
    select: FIGURES_SELECT,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const calendar = officeCalendar(await foiHolidays(req))
  return Response.json({ province: slug ?? null, ...figuresByOrganization(requests.docs as FigureSource[], calendar) })
}

export const figuresEndpoint: Endpoint = { path: '/figures', method: 'get', handler }
