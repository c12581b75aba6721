'use client'
import { DayPicker as GregorianDayPicker } from 'react-day-picker'
import { DayPicker as PersianDayPicker } from 'react-day-picker/persian'
import 'react-day-picker/style.css'
import { useState } from 'react'

import { gregorianWallTime, readClock, zonedInstant, zoneLabel, type AdminLanguage } from '@/lib/dates'
import { toPersianDigits } from '@/lib/persian'

/**
 * A day in the calendar and a time on the organization's clock, for an instant stored as ISO
 * UTC: the Jalali calendar (react-day-picker's Persian calendar, Persian digits, right to left)
 * in the Persian admin, the Gregorian one in English. The browser's own zone plays no part: the
 * calendar only names a day, and the day and time are read on `timeZone`'s clock.
 */
export type ZonedDatePickerProps = {
  value: string | null
  onChange: (iso: string | null) => void
  lang: AdminLanguage
  timeZone: string
  /** Day only: the instant is the day's noon, as Payload's own date-only fields store it. */
  withTime?: boolean
  /** Names the inputs for forms and tests, e.g. `publishAt`. */
  name: string
}

const DEFAULT_TIME = '09:00'
const pad = (value: number) => String(value).padStart(2, '0')

/** The calendar's token for a day: the browser's midnight of that Gregorian date (only its date is read back). */
const dayToken = (year: number, month: number, day: number) => new Date(year, month - 1, day)

export function ZonedDatePicker({ value, onChange, lang, timeZone, withTime = true, name }: ZonedDatePickerProps) {
  const wall = value ? gregorianWallTime(new Date(value), timeZone) : null
  const selected = wall ? dayToken(wall.year, wall.month, wall.day) : undefined
  // A time typed before a day is picked waits here for the day.
  const [pendingTime, setPendingTime] = useState(DEFAULT_TIME)
  const time = wall ? `${pad(wall.hour)}:${pad(wall.minute)}` : pendingTime
  // What is in the time box, as typed (any digits); the instant changes only when it reads as a time.
  const [typed, setTyped] = useState(lang === 'fa' ? toPersianDigits(time) : time)
  const now = gregorianWallTime(new Date(), timeZone)
  const today = dayToken(now.year, now.month, now.day)

  function emit(day: Date | undefined, hhmm: string) {
    if (!day) return onChange(null)
    const [hour, minute] = withTime && /^\d{2}:\d{2}$/.test(hhmm) ? hhmm.split(':').map(Number) : [12, 0]
    onChange(
      zonedInstant(
        { year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate(), hour: hour!, minute: minute! },
        timeZone,
      ).toISOString(),
    )
  }

  const calendar = {
    mode: 'single' as const,
    selected,
    onSelect: (day: Date | undefined) => emit(day, time),
    defaultMonth: selected ?? today,
    today,
    captionLayout: 'dropdown' as const,
    startMonth: dayToken(now.year - 5, 1, 1),
    endMonth: dayToken(now.year + 5, 12, 1),
  }
  return (
    <div
      className="zoned-date-picker"
      data-picker={name}
      style={{
        background: 'var(--theme-elevation-0)',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        boxShadow: '0 4px 16px rgba(0, 0, 0, 0.12)',
        display: 'inline-flex',
        flexDirection: 'column',
        gap: 8,
        padding: 12,
      }}
    >
      {lang === 'fa' ? <PersianDayPicker {...calendar} /> : <GregorianDayPicker {...calendar} dir="ltr" />}
      {withTime && (
        <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <span>{lang === 'fa' ? `ساعت (به وقت ${zoneLabel(timeZone, lang)})` : `Time (${zoneLabel(timeZone, lang)})`}</span>
          <input
            aria-invalid={!readClock(typed)}
            dir="ltr"
            inputMode="numeric"
            maxLength={5}
            name={`${name}-time`}
            onChange={(event) => {
              setTyped(event.target.value)
              const hhmm = readClock(event.target.value)
              if (!hhmm) return
              setPendingTime(hhmm)
              if (selected) emit(selected, hhmm)
            }}
            placeholder={lang === 'fa' ? '۰۹:۰۰' : '09:00'}
            size={5}
            type="text"
            value={typed}
          />
        </label>
      )}
    </div>
  )
}
