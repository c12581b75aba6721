export { addDays, dayKeyOf, gregorianWallTime, jalaliWallTime, lastDays, startOfDay, zonedInstant, zoneOffset } from './zoned'
export type { DayKey, WallTime } from './zoned'
export { adminLanguage, formatDayShort, formatInstant, formatNumber, JALALI_MONTHS } from './format'
export type { AdminLanguage, FormatOptions } from './format'
