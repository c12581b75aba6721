/**
 * The organization's time zone, in which the admin enters and shows times and the dashboards cut
 * days: `NEWSROOM_TIME_ZONE`, an IANA name, by default Asia/Tehran. One setting for the whole
 * deployment rather than a field per organization: every province works on Tehran time, and a
 * dashboard that compares provinces needs one "today" for all of them. Stored values stay ISO
 * 8601 UTC whatever it is.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Tehran'

type Env = Record<string, string | undefined>

export function organizationTimeZone(env: Env = process.env): string {
  const zone = env.NEWSROOM_TIME_ZONE?.trim()
  if (!zone) return DEFAULT_TIME_ZONE
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
  } catch {
    throw new Error(`NEWSROOM_TIME_ZONE must be an IANA time zone such as Asia/Tehran; got "${zone}".`)
  }
  return zone
}
