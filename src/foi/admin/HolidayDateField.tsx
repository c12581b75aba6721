'use client'
import { FieldError, useField, useRowLabel, useTranslation } from '@payloadcms/ui'
import { useState, type ChangeEvent } from 'react'

import { formatIsoDateJalali, isoDateToJalali, JALALI_MONTH_NAMES, jalaliToIsoDate, toPersianDigits } from '@/lib/persian'

type Lang = 'fa' | 'en'
type Parts = { year: string; month: string; day: string }

const WORDS = {
  label: { fa: 'تاریخ (خورشیدی)', en: 'Date (Jalali calendar)' },
  day: { fa: 'روز', en: 'Day' },
  month: { fa: 'ماه', en: 'Month' },
  year: { fa: 'سال', en: 'Year' },
  stored: { fa: 'میلادی', en: 'Gregorian' },
  invalid: { fa: 'چنین روزی در تقویم نیست.', en: 'There is no such day.' },
}

const shown = (value: number, lang: Lang) => (lang === 'fa' ? toPersianDigits(String(value)) : String(value))

function partsOf(iso: unknown, lang: Lang): Parts {
  const parts = typeof iso === 'string' ? isoDateToJalali(iso) : null
  if (!parts) return { year: '', month: '', day: '' }
  return { year: shown(parts.year, lang), month: String(parts.month), day: shown(parts.day, lang) }
}

/**
 * A holiday's date as people in Iran write it: Jalali day, month (by name) and year, in Persian or
 * Latin digits. Stored as the ISO date of that day (the deadline calculation and the API use ISO);
 * an incomplete or impossible day is kept as typed, so the server's validation refuses the save
 * and says what to enter, rather than a wrong holiday being stored.
 */
export function HolidayDateField({ path, readOnly }: { path: string; readOnly?: boolean }) {
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'fa'
  const { value, setValue, showError } = useField<string>({ path })
  const [parts, setParts] = useState<Parts>(() => partsOf(value, lang))
  const iso = jalaliToIsoDate(parts.year, parts.month, parts.day)
  const complete = Boolean(parts.year && parts.month && parts.day)

  const change = (name: keyof Parts) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const next = { ...parts, [name]: event.target.value }
    setParts(next)
    setValue(jalaliToIsoDate(next.year, next.month, next.day) ?? `${next.year}/${next.month}/${next.day}`)
  }
  const id = `field-${path.replace(/\./g, '__')}`

  return (
    <div className="field-type foi-holiday-date" style={{ marginBlockEnd: 'var(--spacing-field)' }}>
      <div className="field-label" id={`${id}-label`}>
        {WORDS.label[lang]}
        <span className="required">*</span>
      </div>
      <FieldError path={path} showError={showError} />
      <div role="group" aria-labelledby={`${id}-label`} style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <input
          id={`${id}-day`}
          name={`${path}.jalaliDay`}
          aria-label={WORDS.day[lang]}
          placeholder={WORDS.day[lang]}
          inputMode="numeric"
          maxLength={2}
          size={3}
          value={parts.day}
          readOnly={readOnly}
          onChange={change('day')}
        />
        <select
          id={`${id}-month`}
          name={`${path}.jalaliMonth`}
          aria-label={WORDS.month[lang]}
          value={parts.month}
          onChange={change('month')}
        >
          <option value="">{WORDS.month[lang]}</option>
          {JALALI_MONTH_NAMES[lang].map((name, index) => (
            <option key={name} value={String(index + 1)}>
              {name}
            </option>
          ))}
        </select>
        <input
          id={`${id}-year`}
          name={`${path}.jalaliYear`}
          aria-label={WORDS.year[lang]}
          placeholder={WORDS.year[lang]}
          inputMode="numeric"
          maxLength={4}
          size={5}
          value={parts.year}
          readOnly={readOnly}
          onChange={change('year')}
        />
        <span style={{ fontSize: 12, opacity: 0.8 }}>
          {iso ? (
            <>
              {WORDS.stored[lang]}: <bdi dir="ltr">{iso}</bdi>
            </>
          ) : complete ? (
            WORDS.invalid[lang]
          ) : null}
        </span>
      </div>
    </div>
  )
}

/** Each holiday's row in the calendar, named by its Jalali date and occasion. */
export function HolidayRowLabel() {
  const { data, rowNumber } = useRowLabel<{ date?: string; name?: string }>()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'fa'
  const date = data?.date ? formatIsoDateJalali(data.date, lang) : ''
  const text = [date, data?.name].filter(Boolean).join(' — ')
  return <span>{text || `${lang === 'fa' ? 'تعطیل' : 'Holiday'} ${shown((rowNumber ?? 0) + 1, lang)}`}</span>
}
