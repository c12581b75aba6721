import { toAsciiDigits } from '../persian/normalize'

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * A 24-hour time as typed, in Persian, Arabic or ASCII digits («۹:۳۰», "09:30") → "09:30"; null
 * when it is no time. A text box rather than the browser's time input, which shows AM/PM in an
 * English-language browser and follows the browser's locale, not the admin's.
 */
export function readClock(text: string): string | null {
  const match = /^\s*(\d{1,2})[:٫.](\d{2})\s*$/.exec(toAsciiDigits(text))
  if (!match) return null
  const [hour, minute] = [Number(match[1]), Number(match[2])]
  return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : null
}
