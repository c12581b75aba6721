import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import { isDeliveryType, portalPath } from '@/config/publicUrls'
import { DeliveryError, listContent, parseListParams, type Locale } from '@/delivery'
import { Card } from '../components/Card'
import { Pagination } from '../components/Pagination'
import { SearchForm } from '../components/SearchForm'
import { Shell } from '../components/Shell'
import { TYPE_NAMES, WORDS } from '../i18n'
import { orNotFound, provinceBySlug, requestOrigin } from './load'

/** The longest question the delivery API takes (`q`); a longer one typed by hand is cut, not refused. */
const MAX_QUESTION = 200

/** A paginated list of one type for one province, searched with `q` when one is given. */
export async function ListView({
  payload,
  provinceSlug,
  type,
  locale,
  page,
  q,
}: {
  payload: Payload
  provinceSlug: string
  type: string
  locale: Locale
  page?: string
  q?: string
}) {
  if (!isDeliveryType(type)) notFound()
  const province = await provinceBySlug(payload, provinceSlug)
  const question = (q ?? '').trim().slice(0, MAX_QUESTION)
  const params = await orNotFound(async () => {
    try {
      return parseListParams(new URLSearchParams({ ...(page ? { page } : {}), ...(question ? { q: question } : {}) }))
    } catch {
      notFound()
    }
  })
  // A question with no letter or digit in it (the API's 400) finds nothing.
  const list = await listContent(payload, await requestOrigin(), province.slug, type, { ...params, locale }).catch((error: unknown) => {
    if (error instanceof DeliveryError && error.status === 400 && question) return null
    throw error
  })
  const basePath = portalPath(province.slug, type, undefined, locale)
  const docs = list?.value.docs ?? []
  return (
    <Shell province={province} locale={locale} alternatePath={portalPath(province.slug, type, undefined, locale === 'fa' ? 'en' : 'fa')}>
      <h1>
        {TYPE_NAMES[type][locale]} — {province.name[locale]}
      </h1>
      <SearchForm action={basePath} label={TYPE_NAMES[type][locale]} q={question} locale={locale} />
      {docs.length === 0 ? (
        <p>{question ? WORDS[locale].noMatch : WORDS[locale].nothing}</p>
      ) : (
        <div className="cards">
          {docs.map((item) => (
            <Card key={item.id} item={item} locale={locale} headingLevel={2} />
          ))}
        </div>
      )}
      {list && (
        <Pagination
          page={list.value.page}
          totalPages={list.value.totalPages}
          basePath={basePath}
          locale={locale}
          query={question ? { q: question } : {}}
        />
      )}
    </Shell>
  )
}
