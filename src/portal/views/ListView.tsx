import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import { isDeliveryType, portalPath } from '@/config/publicUrls'
import { listContent, parseListParams, type Locale } from '@/delivery'
import { Card } from '../components/Card'
import { Pagination } from '../components/Pagination'
import { Shell } from '../components/Shell'
import { TYPE_NAMES, WORDS } from '../i18n'
import { orNotFound, provinceBySlug, requestOrigin } from './load'

/** A paginated list of one type for one province. */
export async function ListView({
  payload,
  provinceSlug,
  type,
  locale,
  page,
}: {
  payload: Payload
  provinceSlug: string
  type: string
  locale: Locale
  page?: string
}) {
  if (!isDeliveryType(type)) notFound()
  const province = await provinceBySlug(payload, provinceSlug)
  const params = await orNotFound(async () => {
    try {
      return parseListParams(new URLSearchParams(page ? { page } : {}))
    } catch {
      notFound()
    }
  })
  const list = await listContent(payload, await requestOrigin(), province.slug, type, { ...params, locale })
  const basePath = portalPath(province.slug, type, undefined, locale)
  return (
    <Shell province={province} locale={locale} alternatePath={portalPath(province.slug, type, undefined, locale === 'fa' ? 'en' : 'fa')}>
      <h1>
        {TYPE_NAMES[type][locale]} — {province.name[locale]}
      </h1>
      {list.value.docs.length === 0 ? (
        <p>{WORDS[locale].nothing}</p>
      ) : (
        <div className="cards">
          {list.value.docs.map((item) => (
            <Card key={item.id} item={item} locale={locale} headingLevel={2} />
          ))}
        </div>
      )}
      <Pagination page={list.value.page} totalPages={list.value.totalPages} basePath={basePath} locale={locale} />
    </Shell>
  )
}
