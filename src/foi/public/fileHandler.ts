import type { Payload } from 'payload'

import { filingsPerHour } from '@/config/foi'
import { requestIp } from '@/config/peerAddress'
import { clientKey, filingAllowance, recordFiling } from '../filings'
import { FOI_REQUESTS_SLUG } from '../vocabulary'
import { MAX_FILING_BYTES, parseFiling } from './filing'
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
    const parsed = parseFiling(fields)
    if (!parsed.ok) return publicProblem(400, parsed.error, { field: parsed.field })
    const { filing } = parsed

    const payload = await newsroom()
    const organization = await payload.find({
      collection: 'organizations',
      where: { slug: { equals: filing.organization } },
      limit: 1,
      depth: 0,
      select: { slug: true },
      overrideAccess: true,
    })
    if (organization.docs.length === 0) {
      return publicProblem(400, `دستگاهی با نشانی «${filing.organization}» نیست. / No organization "${filing.organization}".`, {
        field: 'organization',
      })
    }

    const client = clientKey(payload.secret, requestIp({ headers: request.headers }) || 'unknown')
    const allowance = await filingAllowance(payload, client, filingsPerHour())
    if (!allowance.allowed) {
      return publicProblem(
        429,
        'در یک ساعت گذشته درخواست‌های زیادی از این نشانی ثبت شده است؛ کمی بعد دوباره بفرستید. / Too many filings from this address in the last hour; try again later.',
        { retryAfter: allowance.retryAfter },
        { 'Retry-After': String(allowance.retryAfter) },
      )
    }

    const created = await payload.create({
      collection: FOI_REQUESTS_SLUG,
      data: { ...filing, organization: organization.docs[0]!.id, channel: 'portal' },
      depth: 0,
      overrideAccess: true,
    })
    await recordFiling(payload, client)
    return publicJson({ trackingCode: created.trackingCode, dueAt: created.dueAt, status: created.status }, 201)
  }
