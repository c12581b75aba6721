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

/**
 * Every API path is guarded, with two exceptions. A delivery path without a single percent
 * escape cannot hold malformed UTF-8 or an escaped control character (the only things the guard
 * checks on delivery paths, since Next itself answers 500 to a malformed escape in a route
 * parameter), and raw control characters never get past Node's HTTP parser: such requests, the
 * public hot path (a province's list, an ASCII slug), skip the proxy hop. The benchmark's
 * framework-floor route skips it too: it measures Next alone (tests/bench, scenario E).
 */
export const config = {
  matcher: ['/admin/:path*', '/portal/:path*', '/api/((?!bench-floor$)(?!delivery/[^%]*$).*)'],
}
