import { contactProblem } from '../contact'

/**
 * What a citizen's filing must hold, checked before anything is looked up or written: each
 * problem is a 400 naming its field, in Persian and English. Pure, so every rule is unit-tested.
 */

export type Filing = {
  organization: string
  name: string
  email: string | null
  phone: string | null
  subject: string
  question: string
  publishConsent: boolean
}

export type FilingProblem = { field: string; error: string }

/** A form-encoded filing of a 10,000-character Persian question is about 60 KB (six bytes per letter). */
export const MAX_FILING_BYTES = 64 * 1024

const LIMITS = { organization: 200, name: 200, email: 254, phone: 40, subject: 300, question: 10_000 } as const
const REQUIRED = ['organization', 'name', 'subject', 'question'] as const
const LABELS: Record<keyof typeof LIMITS, string> = {
  organization: 'دستگاه',
  name: 'نام',
  email: 'ایمیل',
  phone: 'تلفن',
  subject: 'موضوع',
  question: 'متن درخواست',
}

const CONSENT_TRUE = new Set(['true', 'on', '1', 'yes'])
const CONSENT_FALSE = new Set(['false', 'off', '0', 'no', ''])

/** Control characters other than line breaks and tabs (in the question) have no business in a filing. */
const hasControl = (text: string, multiline: boolean) =>
  (multiline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/).test(text)

export function parseFiling(fields: Record<string, unknown>): { ok: true; filing: Filing } | ({ ok: false } & FilingProblem) {
  const problem = (field: string, error: string) => ({ ok: false as const, field, error })
  // The honeypot: people never see this field, form-filling robots fill it.
  if (fields.website !== undefined && fields.website !== null && fields.website !== '') {
    return problem('website', 'این فیلد باید خالی بماند. / "website" must be left empty.')
  }
  const text: Partial<Record<keyof typeof LIMITS, string>> = {}
  for (const field of Object.keys(LIMITS) as Array<keyof typeof LIMITS>) {
    const value = fields[field]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string') return problem(field, `«${LABELS[field]}» باید متن باشد. / "${field}" must be text.`)
    const trimmed = value.trim()
    if (trimmed.length > LIMITS[field]) {
      return problem(field, `«${LABELS[field]}» حداکثر ${LIMITS[field]} نویسه است. / "${field}" is at most ${LIMITS[field]} characters.`)
    }
    if (hasControl(trimmed, field === 'question')) {
      return problem(field, `«${LABELS[field]}» نویسه کنترلی دارد. / "${field}" contains control characters.`)
    }
    if (trimmed) text[field] = trimmed
  }
  for (const field of REQUIRED) {
    if (!text[field]) return problem(field, `«${LABELS[field]}» را وارد کنید. / "${field}" is required.`)
  }
  const contact = contactProblem(text.email, text.phone)
  if (contact) return problem(contact.field, contact.message)

  const consent = fields.publishConsent
  let publishConsent = false
  if (typeof consent === 'boolean') publishConsent = consent
  else if (typeof consent === 'string' && (CONSENT_TRUE.has(consent.toLowerCase()) || CONSENT_FALSE.has(consent.toLowerCase()))) {
    publishConsent = CONSENT_TRUE.has(consent.toLowerCase())
  } else if (consent !== undefined && consent !== null) {
    return problem('publishConsent', '"publishConsent" باید true یا false باشد. / "publishConsent" must be true or false.')
  }

  return {
    ok: true,
    filing: {
      organization: text.organization!,
      name: text.name!,
      email: text.email ?? null,
      phone: text.phone ?? null,
      subject: text.subject!,
      question: text.question!,
      publishConsent,
    },
  }
}
