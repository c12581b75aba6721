/**
 * The FOI desk's settings from the environment, per deployment: the office's weekly days off,
 * hours and time zone, and the public filing limit. Unset, a calendar setting is `undefined` and
 * the working calendar's own default applies (src/lib/workingCalendar.ts: Friday off, 07:30–14:30);
 * the time zone is the organization's unless FOI_TIME_ZONE names another. Holidays are data (the
 * `foi-calendar` global), not settings.
 */
import { organizationTimeZone } from './timeZone'

type Env = Record<string, string | undefined>

/** `FOI_WEEKLY_DAYS_OFF`: weekday numbers, 0 Sunday … 6 Saturday, comma-separated (`5`, Friday; `4,5` adds Thursday). */
export function weeklyDaysOff(env: Env = process.env): number[] | undefined {
  const raw = env.FOI_WEEKLY_DAYS_OFF?.trim()
  if (!raw) return undefined
  const days = raw.split(',').map((part) => part.trim())
  if (days.some((day) => !/^[0-6]$/.test(day)) || new Set(days).size >= 7) {
    throw new Error(`FOI_WEEKLY_DAYS_OFF must list weekday numbers 0–6 (0 Sunday, 5 Friday), leaving a working day; got "${raw}".`)
  }
  return [...new Set(days.map(Number))]
}

/** `FOI_OFFICE_HOURS`: `HH:MM-HH:MM` in the office's time zone, e.g. `07:30-14:30`. */
export function officeHours(env: Env = process.env): { opens: string; closes: string } | undefined {
  const raw = env.FOI_OFFICE_HOURS?.trim()
  if (!raw) return undefined
  const match = /^(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(raw)
  if (!match || match[1]! >= match[2]! || match[2]! > '24:00') {
    throw new Error(`FOI_OFFICE_HOURS must be HH:MM-HH:MM with opening before closing, e.g. 07:30-14:30; got "${raw}".`)
  }
  return { opens: match[1]!, closes: match[2]! }
}

/** `FOI_TIME_ZONE`: the offices' IANA time zone when it differs from the organization's (NEWSROOM_TIME_ZONE). */
export function officeTimeZone(env: Env = process.env): string {
  const zone = env.FOI_TIME_ZONE?.trim()
  if (!zone) return organizationTimeZone(env)
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
  } catch {
    throw new Error(`FOI_TIME_ZONE must be an IANA time zone such as Asia/Tehran; got "${zone}".`)
  }
  return zone
}

/** This deployment's office calendar with the holidays given; what is unset keeps the calendar's default. */
export function officeCalendar(holidays: readonly string[], env: Env = process.env) {
  return { weeklyDaysOff: weeklyDaysOff(env), officeHours: officeHours(env), timeZone: officeTimeZone(env), holidays }
}

/** Working days the law gives for an answer. */
export const FOI_WORKING_DAYS = 10

/** `FOI_FILINGS_PER_HOUR`: public filings accepted per client address per hour (default 5). */
export function filingsPerHour(env: Env = process.env): number {
  const raw = env.FOI_FILINGS_PER_HOUR?.trim()
  if (!raw) return 5
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`FOI_FILINGS_PER_HOUR must be a whole number of at least 1; got "${raw}".`)
  return Number(raw)
}

/**
 * `FOI_CODE_MISSES_PER_HOUR`: lookups of tracking codes that do not exist, per client address per
 * hour, before every lookup from that address is refused until the hour has passed (default 30).
 */
export function codeMissesPerHour(env: Env = process.env): number {
  const raw = env.FOI_CODE_MISSES_PER_HOUR?.trim()
  if (!raw) return 30
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`FOI_CODE_MISSES_PER_HOUR must be a whole number of at least 1; got "${raw}".`)
  return Number(raw)
}

/** `FOI_RETENTION_DAYS`: days after closing that a requester's name, email and phone are kept (default 730). */
export function retentionDays(env: Env = process.env): number {
  const raw = env.FOI_RETENTION_DAYS?.trim()
  if (!raw) return 730
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`FOI_RETENTION_DAYS must be a whole number of days, at least 1; got "${raw}".`)
  return Number(raw)
}
