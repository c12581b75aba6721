import { describe, expect, it } from 'vitest'

import { organizationTimeZone } from '@/config/timeZone'
import {
  dayKeyOf,
  formatDayShort,
  formatInstant,
  formatNumber,
  readClock,
  gregorianWallTime,
  jalaliWallTime,
  lastDays,
  zonedInstant,
} from '@/lib/dates'

const TEHRAN = 'Asia/Tehran'
const fa = { lang: 'fa' as const, timeZone: TEHRAN }
const en = { lang: 'en' as const, timeZone: TEHRAN }

describe('Tehran time and the Jalali calendar', () => {
  it('turns Nowruz 1405 at midnight in Tehran into the right UTC instant, and back', () => {
    // 1 Farvardin 1405 is Saturday 21 March 2026; Tehran is +03:30 all year since 2022.
    const nowruz = zonedInstant({ year: 2026, month: 3, day: 21, hour: 0, minute: 0 }, TEHRAN)
    expect(nowruz.toISOString()).toBe('2026-03-20T20:30:00.000Z')
    expect(jalaliWallTime(nowruz, TEHRAN)).toEqual({ year: 1405, month: 1, day: 1, hour: 0, minute: 0, second: 0 })
    // One second earlier it is still the last day of 1404 (29 Esfand: 1404 is not a leap year).
    expect(jalaliWallTime(new Date(nowruz.getTime() - 1000), TEHRAN)).toEqual({
      year: 1404,
      month: 12,
      day: 29,
      hour: 23,
      minute: 59,
      second: 59,
    })
    expect(formatInstant(nowruz, fa)).toBe('۱ فروردین ۱۴۰۵، ساعت ۰۰:۰۰')
    expect(formatInstant(new Date(nowruz.getTime() - 60_000), fa)).toBe('۲۹ اسفند ۱۴۰۴، ساعت ۲۳:۵۹')
    expect(formatInstant(nowruz, en)).toBe('Mar 21, 2026, 00:00')
  })

  it('knows the leap year 1403 (30 Esfand) and that UTC midnight is already morning in Tehran', () => {
    expect(jalaliWallTime(new Date('2025-03-20T12:00:00Z'), TEHRAN)).toMatchObject({ year: 1403, month: 12, day: 30, hour: 15, minute: 30 })
    // 21:00 UTC on 5 Dec is 00:30 on 6 Dec (15 Azar 1404) in Tehran: the day changes with Tehran's clock.
    const late = new Date('2025-12-05T21:00:00Z')
    expect(dayKeyOf(late, TEHRAN)).toBe('2025-12-06')
    expect(dayKeyOf(late, 'UTC')).toBe('2025-12-05')
    expect(formatInstant(late, fa)).toBe('۱۵ آذر ۱۴۰۴، ساعت ۰۰:۳۰')
    expect(formatInstant(new Date('2025-12-05T20:29:00Z'), fa)).toBe('۱۴ آذر ۱۴۰۴، ساعت ۲۳:۵۹')
  })

  it('schedules «۱۵ آذر، ساعت ۹» at 05:30 UTC, with no summer time since 2022, and 04:30 when Tehran still had it', () => {
    expect(zonedInstant({ year: 2025, month: 12, day: 6, hour: 9, minute: 0 }, TEHRAN).toISOString()).toBe('2025-12-06T05:30:00.000Z')
    expect(zonedInstant({ year: 2026, month: 6, day: 1, hour: 9, minute: 0 }, TEHRAN).toISOString()).toBe('2026-06-01T05:30:00.000Z')
    expect(zonedInstant({ year: 2021, month: 6, day: 1, hour: 9, minute: 0 }, TEHRAN).toISOString()).toBe('2021-06-01T04:30:00.000Z')
    expect(gregorianWallTime(new Date('2021-06-01T04:30:00Z'), TEHRAN)).toMatchObject({ hour: 9, minute: 0 })
  })

  it('falls forward over a skipped hour in a zone with summer time, and never drifts a day', () => {
    // 00:30 on 2021-03-22 did not exist in Tehran (the clocks went from 00:00 to 01:00): it is 01:30 summer time.
    const skipped = zonedInstant({ year: 2021, month: 3, day: 22, hour: 0, minute: 30 }, TEHRAN)
    expect(skipped.toISOString()).toBe('2021-03-21T21:00:00.000Z')
    expect(gregorianWallTime(skipped, TEHRAN)).toMatchObject({ day: 22, hour: 1, minute: 30 })
    expect(zonedInstant({ year: 2025, month: 3, day: 30, hour: 2, minute: 30 }, 'Europe/Berlin').toISOString()).toBe(
      '2025-03-30T01:30:00.000Z',
    )
  })

  it('cuts the last 30 days at Tehran midnights, oldest first, ending today', () => {
    const now = new Date('2026-03-21T10:00:00Z')
    const days = lastDays(30, now, TEHRAN)
    expect(days).toHaveLength(30)
    expect(days.at(-1)).toEqual({ day: '2026-03-21', from: new Date('2026-03-20T20:30:00Z'), to: new Date('2026-03-21T20:30:00Z') })
    expect(days[0]!.day).toBe('2026-02-20')
    for (let index = 1; index < days.length; index++) expect(days[index]!.from).toEqual(days[index - 1]!.to)
    // A day of a zone with summer time is 23 hours long when the clocks go forward.
    const berlin = lastDays(1, new Date('2025-03-30T12:00:00Z'), 'Europe/Berlin')[0]!
    expect(berlin.to.getTime() - berlin.from.getTime()).toBe(23 * 3_600_000)
  })

  it('labels chart days and numbers in Persian digits in Persian only', () => {
    expect(formatDayShort('2025-12-06', 'fa')).toBe('۱۵ آذر')
    expect(formatDayShort('2025-12-06', 'en')).toBe('Dec 6')
    expect(formatInstant('2025-12-06T05:30:00.000Z', { ...fa, withTime: false })).toBe('۱۵ آذر ۱۴۰۴')
    expect(formatInstant('not a date', fa)).toBeNull()
    expect(formatNumber(12345.5, 'fa', 1)).toBe('۱۲٬۳۴۵٫۵')
    expect(formatNumber(12345, 'en')).toBe('12,345')
  })

  it('takes the zone from NEWSROOM_TIME_ZONE, Tehran by default, and refuses a zone that does not exist', () => {
    expect(organizationTimeZone({})).toBe('Asia/Tehran')
    expect(organizationTimeZone({ NEWSROOM_TIME_ZONE: 'Asia/Kabul' })).toBe('Asia/Kabul')
    expect(() => organizationTimeZone({ NEWSROOM_TIME_ZONE: 'Mars/Olympus' })).toThrow(/NEWSROOM_TIME_ZONE/)
  })
})

describe('readClock: the time box of the calendar', () => {
  it('reads a 24-hour time in any digits', () => {
    expect(readClock('09:30')).toBe('09:30')
    expect(readClock('۹:۳۰')).toBe('09:30')
    expect(readClock('٢١:٠٥')).toBe('21:05')
    expect(readClock(' 23:59 ')).toBe('23:59')
    expect(readClock('00:00')).toBe('00:00')
  })
  it('refuses what is not a time of day', () => {
    for (const text of ['24:00', '12:60', '9', '9:5', '09:30 PM', '', 'abc']) expect(readClock(text)).toBeNull()
  })
})
