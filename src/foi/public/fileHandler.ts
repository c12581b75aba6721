import type { Payload } from 'payload'

import { MAX_FILING_BYTES } from './filing'
import { fileRequest } from './fileService'
import { publicJson, publicProblem } from './http'

type Newsroom = () => Promise<Payload>

const JSON_TYPE = 'application/json'
const FORM_TYPE = 'application/x-www-form-urlencoded'

async function readFields(request: Request): Promise<Record<string, unknown> | Response> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== JSON_TYPE && type !== FORM_TYPE) {
    return publicProblem(
      415,
      'درخواست را به صورت JSON یا فرم بفرستید. / Send the filing as application/json or application/x-www-form-urlencoded.',
    )
  }
  const declared = Number(request.headers.get('content-length') ?? '0')
  const tooLarge = () =>
    publicProblem(413, `درخواست بیش از ${MAX_FILING_BYTES / 1024} کیلوبایت است. / A filing is at most ${MAX_FILING_BYTES / 1024} KB.`)
  if (Number.isFinite(declared) && declared > MAX_FILING_BYTES) return tooLarge()
  const text = await request.text()
  if (Buffer.byteLength(text) > MAX_FILING_BYTES) return tooLarge()
  if (type === FORM_TYPE) return Object.fromEntries(new URLSearchParams(text))
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>
  } catch {
    // answered below
  }
  return publicProblem(400, 'بدنه باید یک شیء JSON باشد. / The body must be a JSON object.')
}

/**
 * `POST /api/foi/requests`: a citizen files a request, no login. Checked field by field (400 naming
 * the field), limited per client address (429 with Retry-After; the address is the connecting one
 * unless TRUSTED_PROXIES vouches for X-Forwarded-For), registered as the system with its own code
 * and deadline. Answers `201 { trackingCode, dueAt, status }` and nothing about the requester.
 */
export const fileHandler =
  (newsroom: Newsroom) =>
  async (request: Request): Promise<Response> => {
    const fields = await readFields(request)
    if (fields instanceof Response) return fields
    const result = await fileRequest(await newsroom(), fields, request.headers)
    if (result.ok) return publicJson({ trackingCode: result.trackingCode, dueAt: result.dueAt, status: result.status }, 201)
    const extra = result.field ? { field: result.field } : { retryAfter: result.retryAfter }
    return publicProblem(result.status, result.error, extra, result.retryAfter ? { 'Retry-After': String(result.retryAfter) } : {})
  }
