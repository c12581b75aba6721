import { createLocalReq, type Payload, type Where } from 'payload'

import { withDescendants } from '@/access/scope'
import { DISCLOSING_OUTCOMES, FOI_REQUESTS_SLUG } from '../vocabulary'
import { publicJson, publicProblem } from './http'
import { PUBLIC_SELECT, publicLogEntry, publicOrganization, type PublicSource } from './view'

type Newsroom = () => Promise<Payload>

const MAX_LIMIT = 50

function positiveInt(value: string | null, fallback: number, max: number, name: string): number | Response {
  if (value === null) return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    return publicProblem(400, `"${name}" باید عددی از ۱ تا ${max} باشد. / "${name}" must be a whole number from 1 to ${max}.`, {
      field: name,
    })
  }
  return Number(value)
}

/**
 * `GET /api/foi/log?province=slug&page=&limit=`: answered requests of a province's organizations
 * whose requesters consented to publication, newest answer first, without personal data.
 */
export const logHandler =
  (newsroom: Newsroom) =>
  async (request: Request): Promise<Response> => {
    const search = new URL(request.url).searchParams
    for (const key of search.keys()) {
      if (!['province', 'page', 'limit'].includes(key)) {
        return publicProblem(400, `پارامتر ناشناخته «${key}». / Unknown parameter "${key}": use province, page and limit.`, { field: key })
      }
    }
    const slug = search.get('province')?.trim()
    if (!slug) return publicProblem(400, '"province" را بدهید، مثلاً tehran. / "province" is required, e.g. tehran.', { field: 'province' })
    const page = positiveInt(search.get('page'), 1, 10_000, 'page')
    if (page instanceof Response) return page
    const limit = positiveInt(search.get('limit'), 20, MAX_LIMIT, 'limit')
    if (limit instanceof Response) return limit

    const payload = await newsroom()
    const province = await payload.find({
      collection: 'organizations',
      where: { and: [{ slug: { equals: slug } }, { type: { equals: 'province' } }] },
      limit: 1,
      depth: 0,
      select: { slug: true },
      overrideAccess: true,
    })
    if (province.docs.length === 0) return publicProblem(404, `استانی با نشانی «${slug}» نیست. / No province "${slug}".`)
    const organizations = await withDescendants(await createLocalReq({}, payload), province.docs[0]!.id)

    const where: Where = {
      and: [{ organization: { in: organizations } }, { publishConsent: { equals: true } }, { outcome: { in: [...DISCLOSING_OUTCOMES] } }],
    }
    const found = await payload.find({
      collection: FOI_REQUESTS_SLUG,
      where,
      select: PUBLIC_SELECT,
      sort: '-respondedAt',
      page,
      limit,
      depth: 0,
      overrideAccess: true,
    })
    const docs = await Promise.all(
      (found.docs as PublicSource[]).map(async (doc) => publicLogEntry(doc, await publicOrganization(payload, doc.organization))),
    )
    return publicJson(
      { docs, page: found.page ?? page, limit, totalDocs: found.totalDocs, totalPages: found.totalPages },
      200,
      'public, max-age=60',
    )
  }
