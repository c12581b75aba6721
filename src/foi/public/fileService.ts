import type { Payload } from 'payload'

import { filingsPerHour } from '@/config/foi'
import { clientOf, releaseAttempt, reserveAttempt } from '../filings'
import { FOI_REQUESTS_SLUG } from '../vocabulary'
import { parseFiling } from './filing'

export type FilingResult =
  | { ok: true; trackingCode: string; dueAt: string; status: string }
  | { ok: false; status: 400 | 429; error: string; field?: string; retryAfter?: number }

/**
 * A citizen's filing, wherever it comes from (the JSON API, the portal's form): checked field by
 * field, limited per client address (the connecting one unless TRUSTED_PROXIES vouches for
 * X-Forwarded-For; counted in the database), registered as the system with its own code and
 * deadline.
 */
export async function fileRequest(payload: Payload, fields: Record<string, unknown>, headers: Headers): Promise<FilingResult> {
  const parsed = parseFiling(fields)
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error, field: parsed.field }
  const { filing } = parsed
  const organization = await payload.find({
    collection: 'organizations',
    where: { slug: { equals: filing.organization } },
    limit: 1,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
  })
  if (organization.docs.length === 0) {
    return {
      ok: false,
      status: 400,
      field: 'organization',
      error: `دستگاهی با نشانی «${filing.organization}» نیست. / No organization "${filing.organization}".`,
    }
  }

  const allowance = await reserveAttempt(payload, clientOf(payload, headers), 'filing', filingsPerHour())
  if (!allowance.allowed) {
    return {
      ok: false,
      status: 429,
      retryAfter: allowance.retryAfter,
      error:
        'در یک ساعت گذشته درخواست‌های زیادی از این نشانی ثبت شده است؛ کمی بعد دوباره بفرستید. / Too many filings from this address in the last hour; try again later.',
    }
  }
  const created = await payload
    .create({
      collection: FOI_REQUESTS_SLUG,
      data: { ...filing, organization: organization.docs[0]!.id, channel: 'portal' },
      depth: 0,
      overrideAccess: true,
    })
    .catch(async (error: unknown) => {
      await releaseAttempt(payload, allowance.reservation)
      throw error
    })
  return { ok: true, trackingCode: created.trackingCode!, dueAt: created.dueAt!, status: created.status! }
}
