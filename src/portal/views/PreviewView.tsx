import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import { DELIVERY_TYPES, type DeliveryType } from '@/config/publicUrls'
import { organizationDirectory, toDetail, type Locale } from '@/delivery'
import { ArticleView } from './ArticleView'
import { requestOrigin } from './load'

/**
 * Payload's live preview: the latest draft on its portal article page, for a logged-in user who
 * may read it (the Local API applies their scope, `overrideAccess: false`). Never cached.
 */
export async function PreviewView({
  payload,
  collection,
  id,
  locale,
}: {
  payload: Payload
  collection: string
  id: string
  locale: Locale
}) {
  const type = (Object.keys(DELIVERY_TYPES) as DeliveryType[]).find((key) => DELIVERY_TYPES[key] === collection)
  if (!type) notFound()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) notFound()
  const doc = await payload
    .findByID({ collection: DELIVERY_TYPES[type], id, draft: true, depth: 1, locale, fallbackLocale: 'fa', overrideAccess: false, user })
    .catch(() => null)
  if (!doc) notFound()
  const directory = await organizationDirectory(payload)
  const organization = directory.byId[String(typeof doc.organization === 'object' ? doc.organization?.id : doc.organization)]
  const province = organization?.province ? directory.bySlug[organization.province] : undefined
  if (!province) notFound()
  const article = toDetail(doc as never, { type, locale, directory, origin: await requestOrigin() })
  return <ArticleView payload={payload} province={province} type={type} article={article} locale={locale} preview />
}
