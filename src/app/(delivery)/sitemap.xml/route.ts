import { publicOrigin } from '@/config/serverUrl'
import { respond } from '@/delivery/http'
import { newsroom } from '@/delivery/instance'
import { portalSitemap } from '@/delivery/sitemap'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  return respond(request, await portalSitemap(await newsroom(), publicOrigin()), 'application/xml; charset=utf-8')
}
