import type { Payload } from 'payload'

import { publicJson, publicProblem } from './http'
import { publicLog } from './log'

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

/** `GET /api/foi/log?province=slug&page=&limit=`: the province's public log (./log.ts) as JSON. */
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

    const log = await publicLog(await newsroom(), slug, { page, limit })
    if (!log) return publicProblem(404, `استانی با نشانی «${slug}» نیست. / No province "${slug}".`)
    return publicJson(log, 200, 'public, max-age=60')
  }
