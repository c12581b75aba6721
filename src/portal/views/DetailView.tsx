import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import { isDeliveryType } from '@/config/publicUrls'
import { getContent, type Locale } from '@/delivery'
import { ArticleView } from './ArticleView'
import { orNotFound, provinceBySlug, requestOrigin } from './load'

/** `/portal/{province}/{type}/{slug}`: the published article, through the delivery functions. */
export async function DetailView({
  payload,
  provinceSlug,
  type,
  slug,
  locale,
}: {
  payload: Payload
  provinceSlug: string
  type: string
  slug: string
  locale: Locale
}) {
  if (!isDeliveryType(type)) notFound()
  const province = await provinceBySlug(payload, provinceSlug)
  const article = await orNotFound(
    async () => (await getContent(payload, await requestOrigin(), province.slug, type, decodeURIComponent(slug), locale)).value,
  )
  return <ArticleView payload={payload} province={province} type={type} article={article} locale={locale} />
}
