import { DEFAULT_CALENDAR, type OfficeHours, type WorkingCalendar } from '@/lib/workingCalendar'

/**
 * The FOI desk's settings from the environment, per deployment: the office's weekly days off and
 * hours, and the public filing limit. Holidays are data (the `foi-calendar` global), not settings.
 */

/** `FOI_WEEKLY_DAYS_OFF`: weekday numbers, 0 Sunday … 6 Saturday, comma-separated (default `5`, Friday; `4,5` adds Thursday). */
export function weeklyDaysOff(env: NodeJS.ProcessEnv = process.env): number[] {
  const raw = env.FOI_WEEKLY_DAYS_OFF?.trim()
  if (!raw) return [...DEFAULT_CALENDAR.weeklyDaysOff]
  const days = raw.split(',').map((part) => part.trim())
  if (days.some((day) => !/^[0-6]$/.test(day)) || days.length >= 7) {
    throw new Error(`FOI_WEEKLY_DAYS_OFF must list weekday numbers 0–6 (0 Sunday, 5 Friday), leaving a working day; got "${raw}".`)
  }
  return [...new Set(days.map(Number))]
}

/** `FOI_OFFICE_HOURS`: `HH:MM-HH:MM` in the office's time zone (default `07:30-14:30`). */
export function officeHours(env: NodeJS.ProcessEnv = process.env): OfficeHours {
  const raw = env.FOI_OFFICE_HOURS?.trim()
  if (!raw) return DEFAULT_CALENDAR.officeHours
  const match = /^(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(raw)
  if (!match || match[1]! >= match[2]! || match[2]! > '24:00') {
    throw new Error(`FOI_OFFICE_HOURS must be HH:MM-HH:MM with opening before closing, e.g. 07:30-14:30; got "${raw}".`)
  }
  return { opens: match[1]!, closes: match[2]! }
}

/** `FOI_TIME_ZONE`: the offices' IANA time zone (default Asia/Tehran). */
export function officeTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  const zone = env.FOI_TIME_ZONE?.trim() || DEFAULT_CALENDAR.timeZone
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
  } catch {
    throw new Error(`FOI_TIME_ZONE must be an IANA time zone such as Asia/Tehran; got "${zone}".`)
  }
  return zone
}

/** The office calendar of this deployment, with the holidays given (from the `foi-calendar` global). */
export function officeCalendar(holidays: readonly string[], env: NodeJS.ProcessEnv = process.env): WorkingCalendar {
  return { weeklyDaysOff: weeklyDaysOff(env), officeHours: officeHours(env), timeZone: officeTimeZone(env), holidays }
}

/** Working days the law gives for an answer. */
export const FOI_WORKING_DAYS = 10

/** `FOI_FILINGS_PER_HOUR`: public filings accepted per client address per hour (default 5). */
export function filingsPerHour(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FOI_FILINGS_PER_HOUR?.trim()
  if (!raw) return 5
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`FOI_FILINGS_PER_HOUR must be a whole number of at least 1; got "${raw}".`)
  return Number(raw)
}
