import { NextResponse, type NextRequest } from 'next/server'

import { PORTAL_LOCALE_HEADER } from '../config/localization'

/**
 * Portal pages get a Content-Security-Policy with a fresh nonce per response: Next.js finds the
 * nonce in the request's CSP header and puts it on the scripts it emits, so no other script —
 * injected markup included — can run. The page's language travels as a header too, because the
 * root layout cannot see the `/en` segment of the path.
 */
export function portalRequest(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.randomUUID())
  const policy = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    // The admin's live preview frames portal pages; nobody else may.
    `frame-ancestors 'self'`,
  ].join('; ')
  const headers = new Headers(request.headers)
  headers.set(PORTAL_LOCALE_HEADER, /^\/portal\/[^/]+\/en(\/|$)/.test(request.nextUrl.pathname) ? 'en' : 'fa')
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}
