/**
 * Jalali (Solar Hijri) display dates through the platform's Intl data, so no calendar tables
 * of our own. The API always carries ISO 8601; these are for people.
 */
const TEHRAN = 'Asia/Tehran'

export function formatJalaliDate(iso: string | Date, locale: 'fa' | 'en' = 'fa'): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso
  const tag = locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-US-u-ca-persian'
  return new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TEHRAN,
  }).format(date)
}

export function formatJalaliDateTime(iso: string | Date, locale: 'fa' | 'en' = 'fa'): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso
  const tag = locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-US-u-ca-persian'
  return new Intl.DateTimeFormat(tag, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TEHRAN,
  }).format(date)
}
