'use client'
import { FieldDescription, FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'
import { useCallback, useState } from 'react'

import { adminLanguage, formatInstant, zoneLabel } from '@/lib/dates'
import { LazyDatePicker } from './LazyDatePicker'

export type DateFieldExtraProps = { timeZone: string }

/**
 * Every date field of the admin (src/dates/plugin.ts puts it on each): the value as people read
 * it (Jalali with Persian digits in Persian, Gregorian in English, on the organization's clock)
 * and, when the field is editable, a calendar with a time to change it. The calendar opens on a
 * click only, so the server-rendered page holds just the formatted text.
 */
export const DateField: DateFieldClientComponent = (props) => {
  const { field, path: pathFromProps, readOnly, validate } = props
  const { timeZone } = props as unknown as DateFieldExtraProps
  const { i18n } = useTranslation()
  const lang = adminLanguage(i18n.language)
  const required = 'required' in field ? field.required : undefined
  const memoizedValidate = useCallback(
    (value: unknown, options: Record<string, unknown>) =>
      typeof validate === 'function' ? validate(value as never, { ...options, required } as never) : true,
    [validate, required],
  )
  const { path, value, setValue, showError, disabled } = useField<string | null>({
    potentiallyStalePath: pathFromProps,
    validate: memoizedValidate as never,
  })
  const [open, setOpen] = useState(false)
  const appearance = (field.admin?.date as { pickerAppearance?: string } | undefined)?.pickerAppearance
  const withTime = appearance === 'dayAndTime' || appearance === 'timeOnly'
  const locked = Boolean(readOnly || disabled)
  const shown = formatInstant(value, { lang, timeZone, withTime })
  const id = `field-${path.replace(/\./g, '__')}`

  return (
    <div className={`field-type date-time-field zoned-date-field${locked ? ' read-only' : ''}`} data-date-field={path}>
      <FieldLabel label={field.label} localized={field.localized} path={path} required={required} />
      <div className="field-type__wrap" id={id}>
        <FieldError path={path} showError={showError} />
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <output data-date-value={value ?? ''}>
            {shown ?? '—'}
            {shown && withTime ? <small style={{ opacity: 0.7 }}> ({zoneLabel(timeZone, lang)})</small> : null}
          </output>
          {!locked && (
            <>
              <button
                aria-expanded={open}
                className="btn btn--style-secondary btn--size-small"
                name={`${path}-choose`}
                onClick={() => setOpen(!open)}
                type="button"
              >
                {open ? (lang === 'fa' ? 'بستن تقویم' : 'Close calendar') : lang === 'fa' ? 'انتخاب تاریخ' : 'Choose date'}
              </button>
              {value && (
                <button className="btn btn--style-secondary btn--size-small" onClick={() => setValue(null)} type="button">
                  {lang === 'fa' ? 'پاک کردن' : 'Clear'}
                </button>
              )}
            </>
          )}
        </div>
        {open && !locked && (
          <LazyDatePicker
            lang={lang}
            name={path}
            onChange={(iso) => setValue(iso)}
            timeZone={timeZone}
            value={value ?? null}
            withTime={withTime}
          />
        )}
      </div>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
