/**
 * Working-day arithmetic over an office's calendar: weekly days off, public holidays and office
 * hours, in the office's time zone. Pure (no clock, no database), so deadlines are computed the
 * same way on every server and tested with fixed instants. The FOI desk's deadline uses it.
 */

/** `HH:MM` in the office's time zone. */
export type OfficeHours = { opens: string; closes: string }

export type WorkingCalendar = {
  /** Weekdays off, as JavaScript numbers them: 0 Sunday … 5 Friday, 6 Saturday. */
  weeklyDaysOff: readonly number[]
  /** Public holidays as ISO calendar dates (`YYYY-MM-DD`) in the office's time zone. */
  holidays: readonly string[]
  officeHours: OfficeHours
  /** IANA time zone of the office, e.g. `Asia/Tehran`. */
  timeZone: string
}

export type DeadlineOptions = Partial<WorkingCalendar> & { workingDays?: number }

export const DEFAULT_CALENDAR: WorkingCalendar = {
  weeklyDaysOff: [5],
  holidays: [],
  officeHours: { opens: '07:30', closes: '14:30' },
  timeZone: 'Asia/Tehran',
}

const DAY_MS = 86_400_000

function minutesOf(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time)
  if (!match) throw new RangeError(`Office hours must be HH:MM, not "${time}".`)
  return Number(match[1]) * 60 + Number(match[2])
}

/** The wall-clock date (`YYYY-MM-DD`) and minute of the day of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string): { date: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  )
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) }
}

/** The instant at which the wall clock of `timeZone` shows `date` at `minutes` past midnight. */
export function instantAt(date: string, minutes: number, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000
  // The zone's offset at the guessed instant, corrected once more in case the guess crossed a change of offset.
  let guess = wall
  for (let round = 0; round < 2; round++) {
    const seen = localParts(new Date(guess), timeZone)
    const seenWall = Date.parse(`${seen.date}T00:00:00Z`) + seen.minutes * 60_000
    guess += wall - seenWall
  }
  return new Date(guess)
}

const nextDate = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)
const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay()

export function isWorkingDay(date: string, calendar: Pick<WorkingCalendar, 'weeklyDaysOff' | 'holidays'>): boolean {
  return !calendar.weeklyDaysOff.includes(weekday(date)) && !calendar.holidays.includes(date)
}

/**
 * The working day a registration counts from: the day itself when it is a working day and the
 * office has not yet closed (a registration before opening waits for that day's opening), else the
 * next working day.
 */
export function effectiveRegistrationDay(registeredAt: Date, calendar: WorkingCalendar): string {
  const { date, minutes } = localParts(registeredAt, calendar.timeZone)
  if (isWorkingDay(date, calendar) && minutes < minutesOf(calendar.officeHours.closes)) return date
  return addWorkingDays(date, 1, calendar)
}

/** The `count`-th working day after `date` (not counting `date` itself). */
export function addWorkingDays(date: string, count: number, calendar: Pick<WorkingCalendar, 'weeklyDaysOff' | 'holidays'>): string {
  if (calendar.weeklyDaysOff.length >= 7) throw new RangeError('A calendar needs at least one working weekday.')
  let day = date
  for (let found = 0; found < count;) {
    day = nextDate(day)
    if (isWorkingDay(day, calendar)) found++
  }
  return day
}

/**
 * When an answer registered at `registeredAt` is due: at the close of office hours of the
 * `workingDays`-th working day (10 by default, as the law sets) after the day the registration
 * counts from. The day of registration itself is not counted, as in any legal time limit.
 */
export function dueDate(registeredAt: Date, options: DeadlineOptions = {}): Date {
  const calendar: WorkingCalendar = { ...DEFAULT_CALENDAR, ...definedOnly(options) }
  const workingDays = options.workingDays ?? 10
  const start = effectiveRegistrationDay(registeredAt, calendar)
  const dueDay = addWorkingDays(start, workingDays, calendar)
  return instantAt(dueDay, minutesOf(calendar.officeHours.closes), calendar.timeZone)
}

function definedOnly(options: DeadlineOptions): Partial<WorkingCalendar> {
  return Object.fromEntries(Object.entries(options).filter(([key, value]) => key !== 'workingDays' && value !== undefined))
}

/**
 * Working days from a registration to an answer: how many working days after the day the
 * registration counts from the answer came, 0 when it came that same day. The measure of the
 * FOI desk's speed, on the same calendar as its deadlines.
 */
export function workingDaysBetween(registeredAt: Date, answeredAt: Date, options: Partial<WorkingCalendar> = {}): number {
  const calendar: WorkingCalendar = { ...DEFAULT_CALENDAR, ...definedOnly(options) }
  const start = effectiveRegistrationDay(registeredAt, calendar)
  const end = localParts(answeredAt, calendar.timeZone).date
  let days = 0
  for (let day = start; day < end; day = nextDate(day)) {
    if (isWorkingDay(nextDate(day), calendar)) days++
  }
  return days
}
