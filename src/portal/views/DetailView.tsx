import { notFound } from 'next/navigation'

import { newsroom } from '@/delivery/instance'
import type { Locale } from '@/delivery/params'
import { getContent } from '@/delivery/service'
import { isDeliveryType } from '@/config/publicUrls'
import { ArticleView } from './ArticleView'
import { orNotFound, provinceBySlug, requestOrigin } from './load'

/** `/portal/{province}/{type}/{slug}`: the published article, through the delivery functions. */
export async function DetailView({
  provinceSlug,
  type,
  slug,
  locale,
}: {
  provinceSlug: string
  type: string
  slug: string
  locale: Locale
}) {
  if (!isDeliveryType(type)) notFound()
  const province = await provinceBySlug(provinceSlug)
  const article = await orNotFound(
    async () => (await getContent(await newsroom(), await requestOrigin(), province.slug, type, decodeURIComponent(slug), locale)).value,
  )
  return <ArticleView province={province} type={type} article={article} locale={locale} />
}
