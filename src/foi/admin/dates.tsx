import type { DefaultServerCellComponentProps, ServerFieldBase } from 'payload'

import { officeTimeZone } from '@/config/foi'
import { formatInstant } from '@/lib/dates'
import { isOverdue } from '../overdue'
import { FOI_STATUS_LABELS, isFoiStatus, type FoiStatus } from '../vocabulary'

/**
 * The desk's dates, state and lateness in the admin, rendered on the server: dates as every admin
 * date is printed (Jalali with Persian digits in Persian, Gregorian in English, src/lib/dates) on
 * the office's clock, which the deadlines are counted on.
 */

type Lang = 'fa' | 'en'
const langOf = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'fa')

const label = (value: unknown, lang: Lang): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') return String((value as Record<string, unknown>)[lang] ?? '')
  return ''
}

const when = (value: unknown, lang: Lang): string | null => formatInstant(value, { lang, timeZone: officeTimeZone() })

const OVERDUE = { fa: 'گذشته از مهلت', en: 'Overdue' }
const ON_TIME = { fa: 'در مهلت', en: 'On time' }

const COLORS: Record<FoiStatus, string> = {
  registered: '#1d4ed8',
  clarification_requested: '#b45309',
  assigned: '#7c3aed',
  answered: '#15803d',
  partially_answered: '#0f766e',
  refused: '#b91c1c',
  not_held: '#6b7280',
  referred: '#0369a1',
  closed: '#374151',
  complaint: '#be123c',
}

const badge = (background: string) =>
  ({
    background,
    borderRadius: 999,
    color: '#fff',
    display: 'inline-block',
    fontSize: 12,
    lineHeight: '20px',
    padding: '0 10px',
    whiteSpace: 'nowrap',
  }) as const

function OverdueBadge({ overdue, lang }: { overdue: boolean; lang: Lang }) {
  return (
    <span data-foi-overdue={overdue} style={badge(overdue ? '#b91c1c' : '#15803d')}>
      {(overdue ? OVERDUE : ON_TIME)[lang]}
    </span>
  )
}

/** A date column of the requests list (registration, deadline, answer). */
export function FoiDateCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  return <span>{when(cellData, langOf(i18n.language)) ?? '—'}</span>
}

/** The state as a coloured badge in the list. */
export function FoiStatusCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  if (!isFoiStatus(cellData)) return null
  return (
    <span data-foi-status={cellData} style={badge(COLORS[cellData])}>
      {FOI_STATUS_LABELS[cellData][langOf(i18n.language)]}
    </span>
  )
}

/** Whether the desk is late, in the list: a badge while it owes an answer, nothing otherwise. */
export function FoiOverdueCell({ rowData, i18n }: DefaultServerCellComponentProps) {
  const status = rowData?.status as FoiStatus | undefined
  if (status !== 'registered' && status !== 'assigned') return <span>—</span>
  return <OverdueBadge overdue={isOverdue(status, rowData?.dueAt as string | undefined)} lang={langOf(i18n.language)} />
}

/** A read-only date of the edit view (the desk's dates are set by the server, never typed). */
export function FoiDateField({ field, data, siblingData, i18n }: ServerFieldBase) {
  const lang = langOf(i18n.language)
  const name = 'name' in field ? field.name : ''
  // Inside the complaint group the date is a sibling, not a top-level field.
  const value = when(siblingData?.[name] ?? data?.[name], lang)
  return (
    <div className="field-type foi-date" data-foi-date={name} style={{ marginBlockEnd: 'var(--spacing-field)' }}>
      <div className="field-label">{label('label' in field ? field.label : name, lang)}</div>
      <div>{value ?? '—'}</div>
    </div>
  )
}

/** Lateness in the edit view: on time or overdue while the desk owes an answer; nothing once it has responded or waits for the citizen. */
export function FoiOverdueField({ data, i18n }: ServerFieldBase) {
  const lang = langOf(i18n.language)
  const status = data?.status as FoiStatus | undefined
  if (status !== 'registered' && status !== 'assigned') return null
  return (
    <div className="field-type foi-overdue" style={{ marginBlockEnd: 'var(--spacing-field)' }}>
      <OverdueBadge overdue={isOverdue(status, data?.dueAt as string | undefined)} lang={lang} />
    </div>
  )
}
