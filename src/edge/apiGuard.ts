import { NextResponse, type NextRequest } from 'next/server'

import { MAX_JSON_BYTES } from './bodyLimit'
import { queryProblem } from './queryGuard'

const refuse = (status: number, message: string) =>
  NextResponse.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * Malformed API requests end here with a 4xx instead of reaching Payload, whose answer to some
 * of them is a 500: size first (413), then the path and the query string (400). Bodies are
 * checked in the route handlers (src/app/(payload)/api/guardBody.ts): reading a body here would
 * leave the route waiting for bytes already consumed.
 */
export function apiGuard(request: NextRequest): NextResponse | null {
  const { method } = request
  const hasBody = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS'
  const type = request.headers.get('content-type') ?? ''
  const multipart = type.startsWith('multipart/form-data')
  const length = Number(request.headers.get('content-length') ?? '0')
  if (hasBody && !multipart && Number.isFinite(length) && length > MAX_JSON_BYTES) {
    return refuse(413, `بدنه درخواست بیش از ۲ مگابایت است. / The request body is larger than 2 MB (${length} bytes).`)
  }
  const url = new URL(request.url)
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return refuse(400, 'The path is not valid percent-encoded UTF-8.')
  }
  // `/api/news-items/1%00` would otherwise reach Payload, which reads the id as 1.
  if (/[\u0000-\u001f\u007f]/.test(path)) return refuse(400, 'The path may not contain control characters.')
  // Delivery and the public FOI endpoints check their own parameters, answering in their own
  // `{ error }` shape; Payload's query rules are not theirs.
  if (url.pathname.startsWith('/api/delivery/') || url.pathname.startsWith('/api/foi/')) return null
  const query = queryProblem(url.search.slice(1))
  if (query) return refuse(400, query)
  return null
}
