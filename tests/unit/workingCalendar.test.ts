import { describe, expect, it } from 'vitest'

import { filingsPerHour, officeCalendar, officeHours, retentionDays, weeklyDaysOff } from '@/config/foi'
import { dueDate, instantAt, localParts } from '@/lib/workingCalendar'

/** Tehran is UTC+03:30 all year (no daylight saving since 2022): 10:00 there is 06:30Z, 14:30 is 11:00Z. */
const tehran = (date: string, time: string) => new Date(`${date}T${time}:00+03:30`)
const closeOf = (date: string) => `${date}T11:00:00.000Z`

/** Nowruz at the turn of 1404/1405: 29 Esfand (oil nationalization), 1–4 and 12–13 Farvardin. */
const NOWRUZ_1405 = ['2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-04-01', '2026-04-02']

const persian = (iso: string) =>
  new Intl.DateTimeFormat('en-US-u-ca-persian', { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' }).format(
    new Date(`${iso}T12:00:00Z`),
  )

describe('dueDate: 10 working days, due at the close of office hours', () => {
  // 2026-05-02 is a Saturday, the first day of the Iranian working week.
  it('skips the Friday off: registered Saturday 10:00 → Wednesday of the following week at 14:30', () => {
    expect(dueDate(tehran('2026-05-02', '10:00')).toISOString()).toBe(closeOf('2026-05-13'))
  })

  it('skips Thursdays too where a deployment takes them off', () => {
    expect(dueDate(tehran('2026-05-02', '10:00'), { weeklyDaysOff: [4, 5] }).toISOString()).toBe(closeOf('2026-05-16'))
  })

  it('moves past a public holiday inside the window', () => {
    expect(dueDate(tehran('2026-05-02', '10:00'), { holidays: ['2026-05-11'] }).toISOString()).toBe(closeOf('2026-05-14'))
  })

  it('counts a registration after closing time from the next working day', () => {
    expect(dueDate(tehran('2026-05-02', '15:00')).toISOString()).toBe(closeOf('2026-05-14'))
    // Closing time itself is after hours.
    expect(dueDate(tehran('2026-05-02', '14:30')).toISOString()).toBe(closeOf('2026-05-14'))
    // Before opening, the office has lost nothing of that day.
    expect(dueDate(tehran('2026-05-02', '06:00')).toISOString()).toBe(closeOf('2026-05-13'))
  })

  it('counts a registration on a Friday, or on Thursday evening, from Saturday', () => {
    expect(dueDate(tehran('2026-05-01', '10:00')).toISOString()).toBe(closeOf('2026-05-13'))
    expect(dueDate(tehran('2026-04-30', '20:00')).toISOString()).toBe(closeOf('2026-05-13'))
  })

  it('follows the office hours it is given', () => {
    expect(dueDate(tehran('2026-05-02', '15:00'), { officeHours: { opens: '08:00', closes: '16:00' } }).toISOString()).toBe(
      '2026-05-13T12:30:00.000Z',
    )
  })

  describe('Nowruz at the turn of the Jalali year', () => {
    it('uses the right Gregorian dates for 25 Esfand 1404 and 1 and 13 Farvardin 1405', () => {
      expect(persian('2026-03-16')).toBe('12/25/1404 AP')
      expect(persian('2026-03-21')).toBe('1/1/1405 AP')
      expect(persian('2026-04-02')).toBe('1/13/1405 AP')
    })

    it('registered 25 Esfand 1404 (Monday 2026-03-16) → 15 Farvardin 1405 (Saturday 2026-04-04)', () => {
      // Tue 17, Wed 18, Thu 19 (3); Fri 20 off and holiday; 1–4 Farvardin; Wed 25, Thu 26 (5);
      // Sat 28 … Tue 31 (9); 12–13 Farvardin and Friday; Sat 4 April (10).
      expect(dueDate(tehran('2026-03-16', '10:00'), { holidays: NOWRUZ_1405 }).toISOString()).toBe(closeOf('2026-04-04'))
    })

    it('registered on the last Thursday evening of the year counts from 5 Farvardin', () => {
      expect(dueDate(tehran('2026-03-19', '16:00'), { holidays: NOWRUZ_1405 }).toISOString()).toBe(closeOf('2026-04-08'))
    })
  })

  it('refuses a calendar without a working weekday instead of looping', () => {
    expect(() => dueDate(tehran('2026-05-02', '10:00'), { weeklyDaysOff: [0, 1, 2, 3, 4, 5, 6] })).toThrow(RangeError)
  })
})

describe('time-zone helpers', () => {
  it('read and build wall-clock times in Asia/Tehran', () => {
    expect(localParts(new Date('2026-03-16T21:00:00Z'), 'Asia/Tehran')).toEqual({ date: '2026-03-17', minutes: 30 })
    expect(instantAt('2026-03-16', 14 * 60 + 30, 'Asia/Tehran').toISOString()).toBe('2026-03-16T11:00:00.000Z')
    // A zone with daylight saving: the offset of the day asked for, not of today.
    expect(instantAt('2026-07-01', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-07-01T07:00:00.000Z')
    expect(instantAt('2026-01-15', 9 * 60, 'Europe/Berlin').toISOString()).toBe('2026-01-15T08:00:00.000Z')
  })
})

describe('FOI settings from the environment', () => {
  it('reads weekly days off, office hours and the filing limit, with defaults', () => {
    expect(weeklyDaysOff({})).toBeUndefined()
    expect(weeklyDaysOff({ FOI_WEEKLY_DAYS_OFF: '4,5' })).toEqual([4, 5])
    expect(() => weeklyDaysOff({ FOI_WEEKLY_DAYS_OFF: 'friday' })).toThrow(/FOI_WEEKLY_DAYS_OFF/)
    expect(officeHours({})).toBeUndefined()
    expect(officeHours({ FOI_OFFICE_HOURS: '08:00-16:00' })).toEqual({ opens: '08:00', closes: '16:00' })
    expect(() => officeHours({ FOI_OFFICE_HOURS: '16:00-08:00' })).toThrow(/FOI_OFFICE_HOURS/)
    expect(retentionDays({})).toBe(730)
    expect(retentionDays({ FOI_RETENTION_DAYS: '365' })).toBe(365)
    expect(() => retentionDays({ FOI_RETENTION_DAYS: 'forever' })).toThrow(/FOI_RETENTION_DAYS/)
    expect(filingsPerHour({})).toBe(5)
    expect(filingsPerHour({ FOI_FILINGS_PER_HOUR: '20' })).toBe(20)
    expect(() => filingsPerHour({ FOI_FILINGS_PER_HOUR: '0' })).toThrow(/FOI_FILINGS_PER_HOUR/)
    expect(() => weeklyDaysOff({ FOI_WEEKLY_DAYS_OFF: '0,1,2,3,4,5,6' })).toThrow(/working day/)
    // Unset settings fall to the calendar's defaults: Friday off, 07:30–14:30 in Asia/Tehran.
    const calendar = officeCalendar(['2026-05-11'], {})
    expect(dueDate(tehran('2026-05-02', '10:00'), calendar).toISOString()).toBe(closeOf('2026-05-14'))
    const thursdays = officeCalendar([], { FOI_WEEKLY_DAYS_OFF: '4,5', FOI_OFFICE_HOURS: '08:00-16:00' })
    expect(dueDate(tehran('2026-05-02', '10:00'), thursdays).toISOString()).toBe('2026-05-16T12:30:00.000Z')
  })
})
