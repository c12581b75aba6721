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

// Every API path is guarded, delivery included (Next itself answers 500 to a malformed
// percent-encoding in a route parameter). Only the benchmark's framework-floor route skips the
// proxy: it measures Next alone (tests/bench, scenario E).
export const config = { matcher: ['/admin/:path*', '/portal/:path*', '/api/((?!bench-floor$).*)'] }
