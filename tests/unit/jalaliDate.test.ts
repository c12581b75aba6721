import { describe, expect, it } from 'vitest'

import { formatIsoDateJalali, isoDateToJalali, jalaliToIsoDate } from '@/lib/persian'

/** Jalali entry and display of calendar days (the FOI holiday calendar), against Intl's Persian calendar. */
const PERSIAN_CALENDAR = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
})
const intlJalali = (iso: string) => {
  const parts = PERSIAN_CALENDAR.formatToParts(new Date(`${iso}T12:00:00Z`))
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  return { year: part('year'), month: part('month'), day: part('day') }
}

describe('Jalali calendar days', () => {
  it('knows the fixed points: Nowruz at the year’s turn, the last day of a leap Esfand', () => {
    expect(jalaliToIsoDate(1405, 1, 1)).toBe('2026-03-21')
    expect(jalaliToIsoDate(1403, 1, 1)).toBe('2024-03-20')
    expect(jalaliToIsoDate(1403, 12, 30)).toBe('2025-03-20') // 1403 is a leap year
    expect(isoDateToJalali('2026-03-20')).toEqual({ year: 1404, month: 12, day: 29 })
    expect(isoDateToJalali('2026-04-01')).toEqual({ year: 1405, month: 1, day: 12 }) // Nature Day
  })

  it('accepts Persian, Arabic-Indic and ASCII digits, with spaces', () => {
    expect(jalaliToIsoDate('۱۴۰۵', '۰۱', '۱۳')).toBe('2026-04-02')
    expect(jalaliToIsoDate('١٤٠٥', '١', '١٣')).toBe('2026-04-02')
    expect(jalaliToIsoDate(' 1405 ', '1', '13')).toBe('2026-04-02')
  })

  it('refuses days that do not exist and typos, rather than storing a wrong holiday', () => {
    for (const [year, month, day] of [
      [1404, 12, 30], // 1404 is not a leap year
      [1405, 13, 1],
      [1405, 0, 10],
      [1405, 7, 31], // the second half of the year has 30-day months
      [140, 1, 1],
      [14050, 1, 1],
      ['۱۴۰۵a', 1, 1],
      ['', 1, 1],
      [1405.5, 1, 1],
    ] as Array<[string | number, number, number]>) {
      expect(jalaliToIsoDate(year, month, day), `${year}/${month}/${day}`).toBeNull()
    }
    expect(isoDateToJalali('2026-02-30')).toBeNull()
    expect(isoDateToJalali('1 Farvardin')).toBeNull()
  })

  it('round-trips every day from 1390 to 1420, in agreement with Intl’s Persian calendar', () => {
    const start = Date.UTC(2011, 2, 21) // 1 Farvardin 1390
    for (let day = 0; day < 31 * 366; day++) {
      const iso = new Date(start + day * 86_400_000).toISOString().slice(0, 10)
      const jalali = isoDateToJalali(iso)!
      expect(jalali, iso).toEqual(intlJalali(iso))
      expect(jalaliToIsoDate(jalali.year, jalali.month, jalali.day)).toBe(iso)
    }
  })

  it('shows a stored day in words: Persian digits in Persian, Latin in English', () => {
    expect(formatIsoDateJalali('2026-03-21')).toBe('۱ فروردین ۱۴۰۵')
    expect(formatIsoDateJalali('2026-03-21', 'en')).toBe('1 Farvardin 1405')
    expect(formatIsoDateJalali('not a date')).toBe('not a date')
  })
})
