import type { AdminLanguage } from './format'

/** The clock's name for people: «تهران» / "Tehran" for Asia/Tehran, the city part of any other zone. */
export function zoneLabel(timeZone: string, lang: AdminLanguage): string {
  if (timeZone === 'Asia/Tehran') return lang === 'fa' ? 'تهران' : 'Tehran'
  return timeZone.split('/').pop()!.replace(/_/g, ' ')
}
