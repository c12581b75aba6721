import { isValidJalaaliDate, toGregorian, toJalaali } from 'jalaali-js'

import { JALALI_MONTH_NAMES } from './jalaliMonths'
import { toAsciiDigits, toPersianDigits } from './normalize'

/**
 * Calendar days (no time, no zone) between the Jalali calendar people enter and read and the ISO
 * dates the database stores, through jalaali-js (Borkowski's algorithm, which agrees with Intl's
 * Persian calendar for every year this newsroom will see). For entry forms: Persian, Arabic and
 * ASCII digits are all accepted.
 */

export type JalaliParts = { year: number; month: number; day: number }

/** Years a holiday or deadline can sensibly have: a typo such as 140 or 14050 is refused, not stored. */
const YEARS = { min: 1300, max: 1500 }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function wholeNumber(value: string | number): number | null {
  const text = toAsciiDigits(String(value)).trim()
  return /^\d{1,4}$/.test(text) ? Number(text) : null
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

/** The ISO date (YYYY-MM-DD) of a Jalali day, or null when there is no such day (۳۱ اسفند of a common year). */
export function jalaliToIsoDate(year: string | number, month: string | number, day: string | number): string | null {
  const [jy, jm, jd] = [wholeNumber(year), wholeNumber(month), wholeNumber(day)]
  if (jy === null || jm === null || jd === null || jy < YEARS.min || jy > YEARS.max || !isValidJalaaliDate(jy, jm, jd)) return null
  const { gy, gm, gd } = toGregorian(jy, jm, jd)
  return `${pad(gy, 4)}-${pad(gm)}-${pad(gd)}`
}

/** The Jalali day of an ISO date (YYYY-MM-DD), or null for anything else. */
export function isoDateToJalali(iso: string): JalaliParts | null {
  const match = ISO_DATE.exec(iso)
  if (!match) return null
  const [gy, gm, gd] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(gy, gm - 1, gd))
  if (date.getUTCFullYear() !== gy || date.getUTCMonth() !== gm - 1 || date.getUTCDate() !== gd) return null
  const { jy, jm, jd } = toJalaali(gy, gm, gd)
  return { year: jy, month: jm, day: jd }
}

/** An ISO date for people: «۱ فروردین ۱۴۰۵» in Persian, "1 Farvardin 1405" in English; the input as it is when it is no date. */
export function formatIsoDateJalali(iso: string, locale: 'fa' | 'en' = 'fa'): string {
  const parts = isoDateToJalali(iso)
  if (!parts) return iso
  const text = `${parts.day} ${JALALI_MONTH_NAMES[locale][parts.month - 1]} ${parts.year}`
  return locale === 'fa' ? toPersianDigits(text) : text
}
