import { originOf, respond } from '@/delivery/http'
import { newsroom } from '@/delivery/instance'
import { portalSitemap } from '@/delivery/sitemap'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  return respond(request, await portalSitemap(await newsroom(), originOf(request)), 'application/xml; charset=utf-8')
}
