import { organizationTimeZone } from '@/config/timeZone'

/**
 * Jalali (Solar Hijri) display dates of the portal through the platform's Intl data, so no
 * calendar tables of our own, on the organization's clock. The API always carries ISO 8601;
 * these are for people.
 */

export function formatJalaliDate(iso: string | Date, locale: 'fa' | 'en' = 'fa'): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso
  const tag = locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-US-u-ca-persian'
  return new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: organizationTimeZone(),
  }).format(date)
}

export function formatJalaliDateTime(iso: string | Date, locale: 'fa' | 'en' = 'fa'): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso
  const tag = locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-US-u-ca-persian'
  return new Intl.DateTimeFormat(tag, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: organizationTimeZone(),
  }).format(date)
}
