import { toAsciiDigits } from '@/lib/persian'

/**
 * How a requester can be reached: an email address, a phone number, or both; at least one, or the
 * answer has nowhere to go (the tracking code still works). Shared by the collection's validation
 * and the public filing, so staff and citizens meet the same rules.
 */

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/

export const isEmail = (value: string): boolean => value.length <= 254 && EMAIL.test(value)

/** Persian or Arabic digits to ASCII, spaces, dashes and brackets removed: `۰۹۱۲ ۳۴۵ ۶۷۸۹` → `09123456789`. */
export const normalizePhone = (value: string): string => toAsciiDigits(value).replace(/[\s\-().]/g, '')

export const isPhone = (value: string): boolean => /^\+?\d{7,15}$/.test(normalizePhone(value))

export const CONTACT_MESSAGES = {
  missing: 'دست‌کم یکی از ایمیل یا شماره تلفن را وارد کنید. / Give an email address or a phone number (or both).',
  email: 'نشانی ایمیل معتبر نیست؛ مثلاً name@example.ir. / The email address is not valid, e.g. name@example.ir.',
  phone: 'شماره تلفن معتبر نیست؛ ۷ تا ۱۵ رقم، مثلاً ۰۹۱۲۳۴۵۶۷۸۹. / The phone number is not valid: 7 to 15 digits, e.g. 09123456789.',
}

const present = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** The problem with this pair of contact details, naming the field, or null. */
export function contactProblem(email: unknown, phone: unknown): { field: 'email' | 'phone'; message: string } | null {
  if (!present(email) && !present(phone)) return { field: 'email', message: CONTACT_MESSAGES.missing }
  if (present(email) && !isEmail(email.trim())) return { field: 'email', message: CONTACT_MESSAGES.email }
  if (present(phone) && !isPhone(phone)) return { field: 'phone', message: CONTACT_MESSAGES.phone }
  return null
}
