import { NextResponse, type NextRequest } from 'next/server'

/** Payload's language cookie (default cookie prefix). */
const LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_ADMIN_LANGUAGE = 'fa'

/**
 * The newsroom's admin is Persian first. Payload would otherwise follow the browser's
 * Accept-Language, and most staff machines are set to English; so a visitor with no language
 * chosen yet gets Persian, and a choice made in the admin (or saved on the account) sticks.
 */
export function adminLanguage(request: NextRequest): NextResponse {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE)
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, DEFAULT_ADMIN_LANGUAGE, { path: '/', sameSite: 'lax', maxAge: 31_536_000 })
  return response
}
