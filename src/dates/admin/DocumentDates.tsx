'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { adminLanguage, formatInstant } from '@/lib/dates'

/**
 * "Last modified" and "Created" of the edit view, in Jalali with Persian digits in the Persian
 * admin (Gregorian in English) on the organization's clock. Payload prints these two with
 * date-fns, whose calendar is Gregorian whatever the locale; src/dates/plugin.ts puts this
 * component before the document's buttons and custom.css hides Payload's pair. formatInstant is
 * built from Intl's numeric parts, so the server's and the browser's text agree.
 */
export function DocumentDates({ timeZone }: { timeZone: string }) {
  const { data, id } = useDocumentInfo()
  const { i18n, t } = useTranslation()
  const lang = adminLanguage(i18n.language)
  if (!id) return null
  const rows = [
    ['updatedAt', t('general:lastModified')],
    ['createdAt', t('general:created')],
  ] as const
  return (
    <dl className="document-dates" data-document-dates="">
      {rows.map(([name, label]) => {
        const text = formatInstant(data?.[name], { lang, timeZone })
        return text ? (
          <div data-document-date={name} key={name}>
            <dt>{label}:</dt>
            <dd>
              <time dateTime={new Date(data![name] as string).toISOString()}>{text}</time>
            </dd>
          </div>
        ) : null
      })}
    </dl>
  )
}
