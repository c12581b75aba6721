import { NextResponse, type NextRequest } from 'next/server'

import { PORTAL_LOCALE_HEADER } from './portal/locale'

/** Payload's language cookie (default cookie prefix). */
const LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_ADMIN_LANGUAGE = 'fa'

/**
 * The newsroom's admin is Persian first. Payload would otherwise follow the browser's
 * Accept-Language, and most staff machines are set to English; so a visitor with no language
 * chosen yet gets Persian, and a choice made in the admin (or saved on the account) sticks.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname.startsWith('/portal/')) return portal(request)
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, { path: '/', sameSite: 'lax', maxAge: 31_536_000 })
  return response
}

/**
 * The portal's root layout needs the page's language before rendering <html lang dir>; Next.js
 * gives a layout only its own route segments, so the language in the path travels as a header.
 */
function portal(request: NextRequest): NextResponse {
  const locale = /^\/portal\/[^/]+\/en(\/|$)/.test(request.nextUrl.pathname) ? 'en' : 'fa'
  const headers = new Headers(request.headers)
  headers.set(PORTAL_LOCALE_HEADER, locale)
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*', '/portal/:path*'] }
