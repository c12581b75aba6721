/**
 * Instants (what the database stores, ISO 8601 UTC) against the wall clock of a time zone, in the
 * Gregorian and the Jalali (Solar Hijri) calendar, through the platform's Intl data: no calendar
 * or time-zone tables of our own, and the same answers in Node and in the browser. Iran has kept
 * +03:30 all year since 2022; before that Tehran had summer time, which the zone data knows.
 */

/** A wall-clock time: month 1–12, hour 0–23. */
export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number }

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(calendar: 'gregory' | 'persian', timeZone: string): Intl.DateTimeFormat {
  const key = `${calendar} ${timeZone}`
  let formatter = formatters.get(key)
  if (!formatter) {
    // Latin digits and numeric fields only: the numbers are read back, never shown as they are.
    formatter = new Intl.DateTimeFormat(calendar === 'persian' ? 'fa-IR-u-ca-persian-nu-latn' : 'en-US-u-ca-gregory-nu-latn', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    })
    formatters.set(key, formatter)
  }
  return formatter
}

function wallTimeIn(calendar: 'gregory' | 'persian', instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {}
  for (const part of partsFormatter(calendar, timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  }
}

/** The Gregorian wall clock of `instant` in `timeZone`. */
export const gregorianWallTime = (instant: Date, timeZone: string): WallTime => wallTimeIn('gregory', instant, timeZone)

/** The Jalali wall clock of `instant` in `timeZone` (month 1 is Farvardin). */
export const jalaliWallTime = (instant: Date, timeZone: string): WallTime => wallTimeIn('persian', instant, timeZone)

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds (Tehran: 3.5 hours). */
export function zoneOffset(instant: Date, timeZone: string): number {
  const wall = gregorianWallTime(instant, timeZone)
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}

/**
 * The instant at which the clocks of `timeZone` show the Gregorian `wall` time. A time skipped
 * by a clock change (summer time's missing hour) falls forward, as the clock itself does.
 */
export function zonedInstant(wall: Omit<WallTime, 'second'> & { second?: number }, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0)
  const first = asUtc - zoneOffset(new Date(asUtc), timeZone)
  const second = asUtc - zoneOffset(new Date(first), timeZone)
  return new Date(first === second ? first : Math.max(first, second))
}

/** A calendar day of the zone as `YYYY-MM-DD` (Gregorian), the key the dashboards group by. */
export type DayKey = string

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

export function dayKeyOf(instant: Date, timeZone: string): DayKey {
  const wall = gregorianWallTime(instant, timeZone)
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`
}

/** The day `count` days after `day` (before it when negative). */
export function addDays(day: DayKey, count: number): DayKey {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const next = new Date(Date.UTC(year, month - 1, date + count))
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`
}

/** The instant the day begins in `timeZone` (its midnight, or the first minute it has). */
export function startOfDay(day: DayKey, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return zonedInstant({ year, month, day: date, hour: 0, minute: 0 }, timeZone)
}

/**
 * The last `count` days of the zone up to and including the one `now` falls on, oldest first,
 * each with the instants it begins and ends: day buckets that stay right across clock changes.
 */
export function lastDays(count: number, now: Date, timeZone: string): Array<{ day: DayKey; from: Date; to: Date }> {
  const today = dayKeyOf(now, timeZone)
  return Array.from({ length: count }, (_, index) => {
    const day = addDays(today, index - count + 1)
    return { day, from: startOfDay(day, timeZone), to: startOfDay(addDays(day, 1), timeZone) }
  })
}
