import type { Payload } from 'payload'

import { foiPortalPath } from '@/config/publicUrls'
import type { Locale } from '@/delivery'
import { foiOrganizations, publicLog, requestStatus, TooManyCodeGuesses, type PublicRequestStatus } from '@/foi'
import { FoiFilingForm, FoiLog, FoiLookupForm, FoiStatus } from '../components/FoiDesk'
import { Shell } from '../components/Shell'
import { FOI_WORDS } from '../i18n'
import { provinceBySlug } from './load'

const other = (locale: Locale): Locale => (locale === 'fa' ? 'en' : 'fa')

const LOG_PAGE_SIZE = 10

/**
 * `/portal/{province}[/en]/foi[?page=]`: filing and lookup, with the problem of a refused filing
 * shown beside its field, and the public log of answers (`page` pages through it).
 */
export async function FoiView({
  payload,
  provinceSlug,
  error,
  field,
  logPage = 1,
  locale = 'fa',
}: {
  payload: Payload
  provinceSlug: string
  error?: string
  field?: string
  logPage?: number
  locale?: Locale
}) {
  const province = await provinceBySlug(payload, provinceSlug)
  const [organizations, log] = await Promise.all([
    foiOrganizations(payload, province.id, locale),
    publicLog(payload, province.slug, { page: logPage, limit: LOG_PAGE_SIZE, locale }),
  ])
  return (
    <Shell province={province} locale={locale} alternatePath={foiPortalPath(province.slug, other(locale))}>
      <h1>
        {FOI_WORDS[locale].title} — {province.name[locale]}
      </h1>
      <FoiFilingForm provinceSlug={province.slug} organizations={organizations} error={error} field={field} locale={locale} />
      <FoiLookupForm provinceSlug={province.slug} locale={locale} />
      {log ? <FoiLog log={log} provinceSlug={province.slug} locale={locale} /> : null}
    </Shell>
  )
}

/** `/portal/{province}[/en]/foi/status?code=`: a request's state and answer for the holder of its code. */
export async function FoiStatusView({
  payload,
  provinceSlug,
  code,
  filed,
  notice,
  locale = 'fa',
  requestHeaders,
}: {
  payload: Payload
  provinceSlug: string
  code: string
  /** The page request's headers: code lookups are limited per client address (src/foi/codeGuesses.ts). */
  requestHeaders: Headers
  filed: boolean
  /** The outcome of a clarification just sent from this page. */
  notice?: { error?: string; replied?: boolean }
  locale?: Locale
}) {
  const province = await provinceBySlug(payload, provinceSlug)
  const words = FOI_WORDS[locale]
  let status: PublicRequestStatus | null = null
  let refusal: string | null = null
  try {
    status = code ? await requestStatus(payload, { code, headers: requestHeaders }, locale) : null
  } catch (error) {
    if (!(error instanceof TooManyCodeGuesses)) throw error
    refusal = words.tooManyGuesses(Math.ceil(error.retryAfter / 60))
  }
  // The same request in the other language keeps its code (and only that: no notices).
  const alternate = code
    ? `${foiPortalPath(province.slug, other(locale), 'status')}?${new URLSearchParams({ code })}`
    : foiPortalPath(province.slug, other(locale))
  return (
    <Shell province={province} locale={locale} alternatePath={alternate}>
      <h1>{words.statusTitle}</h1>
      {status ? (
        <FoiStatus status={status} filed={filed} provinceSlug={province.slug} notice={notice} locale={locale} />
      ) : (
        <p role="alert">{refusal ?? words.notFound}</p>
      )}
      <FoiLookupForm provinceSlug={province.slug} code={code} locale={locale} />
    </Shell>
  )
}
