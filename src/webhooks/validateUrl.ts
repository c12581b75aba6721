import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { checkTarget, checkTargetWithoutDns, type Reason } from './targets'

export const URL_MAX_LENGTH = 2000

const UNRESOLVED: Reason = { fa: 'نام میزبان پیدا نشد', en: 'the host name could not be resolved' }

/**
 * The webhook URL on save: Payload's own text rules (required, length), then the target rules of
 * ./targets. A refusal is a validation error (400) naming the reason in Persian and English.
 * While typing in the admin only what needs no DNS is checked; the resolver is asked on submit.
 * An update that keeps the stored URL is not re-resolved (so a webhook whose target became
 * refused can still be renamed or switched off); the send-time check covers it.
 */
export const validateWebhookUrl: TextFieldSingleValidation = async (value, options) => {
  const basic = await text(value, options)
  if (basic !== true || typeof value !== 'string' || value === '') return basic
  if (options.operation === 'update' && value === options.previousValue) return true
  const early = checkTargetWithoutDns(value)
  if (early && !early.ok) return message(early.reason)
  if (early || options.event === 'onChange') return true
  try {
    const checked = await checkTarget(value)
    return checked.ok || message(checked.reason)
  } catch {
    return message(UNRESOLVED)
  }
}

function message(reason: Reason): string {
  return `نشانی وب‌هوک پذیرفته نیست: ${reason.fa}. / Webhook URL refused: ${reason.en}.`
}
