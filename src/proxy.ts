import { NextResponse, type NextRequest } from 'next/server'

import { adminLanguage } from './edge/adminLanguage'
import { apiGuard } from './edge/apiGuard'
import { portalRequest } from './edge/portalRequest'

/** Runs before the routes: each concern in its own file under src/edge. */
export function proxy(request: NextRequest): NextResponse {
  const path = request.nextUrl.pathname
  if (path.startsWith('/api/')) return apiGuard(request) ?? NextResponse.next()
  if (path.startsWith('/portal/')) return portalRequest(request)
  return adminLanguage(request)
}

export const config = { matcher: ['/admin/:path*', '/portal/:path*', '/api/:path*'] }
