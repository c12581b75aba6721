import Link from 'next/link'
import type { DefaultServerCellComponentProps } from 'payload'

import { adminLanguage, formatInstant } from '@/lib/dates'

/**
 * A date in a list column, rendered on the server: Jalali with Persian digits in the Persian
 * admin, Gregorian in English, on the organization's clock, with the ISO instant in `dateTime`.
 * In a list's first column it links to the document, as Payload's own cells do.
 */
export function DateCell(props: DefaultServerCellComponentProps & { timeZone: string }) {
  const { cellData, field, i18n, link, linkURL, rowData, collectionSlug, payload, timeZone } = props
  const appearance =
    field && 'admin' in field ? (field.admin as { date?: { pickerAppearance?: string } } | undefined)?.date?.pickerAppearance : undefined
  const text = formatInstant(cellData, {
    lang: adminLanguage(i18n?.language),
    timeZone,
    withTime: appearance === 'dayAndTime' || appearance === 'timeOnly',
  })
  const shown = text ? <time dateTime={new Date(cellData as string).toISOString()}>{text}</time> : <span>—</span>
  if (!link || !rowData?.id) return shown
  const href = linkURL ?? `${payload.config.routes.admin}/collections/${collectionSlug}/${encodeURIComponent(String(rowData.id))}`
  return <Link href={href}>{shown}</Link>
}
