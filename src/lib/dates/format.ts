import { JALALI_MONTH_NAMES } from '../persian/jalaliMonths'
import { toPersianDigits } from '../persian/normalize'
import { gregorianWallTime, jalaliWallTime, type DayKey } from './zoned'

/**
 * Dates for people in the admin: Jalali with Persian digits in the Persian admin, Gregorian in the
 * English one, always on the organization's clock. Assembled from Intl's numeric parts and the
 * month names below rather than Intl's finished strings, whose punctuation differs between ICU
 * versions: a client component rendered on the server and hydrated in the browser must print the
 * same characters in both.
 */
export type AdminLanguage = 'fa' | 'en'

const GREGORIAN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

export const adminLanguage = (language: string | undefined): AdminLanguage => (language === 'en' ? 'en' : 'fa')

const pad = (value: number) => String(value).padStart(2, '0')

function toInstant(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value
  if (typeof value !== 'string' && typeof value !== 'number') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

export type FormatOptions = { lang: AdminLanguage; timeZone: string; withTime?: boolean }

/**
 * «۱۵ آذر ۱۴۰۴، ساعت ۰۹:۰۰» in Persian, "Dec 6, 2025, 09:00" in English; `withTime: false` leaves
 * the time out. Null for anything that is not a date.
 */
export function formatInstant(value: unknown, { lang, timeZone, withTime = true }: FormatOptions): string | null {
  const instant = toInstant(value)
  if (!instant) return null
  if (lang === 'fa') {
    const wall = jalaliWallTime(instant, timeZone)
    const date = `${wall.day} ${JALALI_MONTH_NAMES.fa[wall.month - 1]} ${wall.year}`
    return toPersianDigits(withTime ? `${date}، ساعت ${pad(wall.hour)}:${pad(wall.minute)}` : date)
  }
  const wall = gregorianWallTime(instant, timeZone)
  const date = `${GREGORIAN_MONTHS[wall.month - 1]} ${wall.day}, ${wall.year}`
  return withTime ? `${date}, ${pad(wall.hour)}:${pad(wall.minute)}` : date
}

/** A day of the zone (a chart's tick): «۱۵ آذر» / "Dec 6". */
export function formatDayShort(day: DayKey, lang: AdminLanguage): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  if (lang === 'en') return `${GREGORIAN_MONTHS[month - 1]} ${date}`
  // A calendar day is the same day on any clock: read its Jalali date at noon UTC.
  const wall = jalaliWallTime(new Date(Date.UTC(year, month - 1, date, 12)), 'UTC')
  return toPersianDigits(`${wall.day} ${JALALI_MONTH_NAMES.fa[wall.month - 1]}`)
}

/** A whole number for people: Persian digits and separators in Persian. */
export function formatNumber(value: number, lang: AdminLanguage, fractionDigits = 0): string {
  const text = value.toLocaleString('en-US', { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 })
  return lang === 'fa' ? toPersianDigits(text.replace(/,/g, '٬').replace('.', '٫')) : text
}
