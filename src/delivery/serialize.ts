import type { Attachment, Campaign, Category, Media, NewsItem, PressRelease } from '@/payload-types'
import { portalPath } from '@/config/publicUrls'
import type { DeliveredArticle, DeliveredDetail, DeliveredImage, DeliveredSummary, ImageSize, SerializeContext } from './contract'
import { bodyToSafeHtml } from './html'
import { jsonLdFor } from './jsonLd'

export type AnyDoc = (NewsItem | PressRelease | Campaign) & Partial<NewsItem & PressRelease & Campaign>

const populated = <T extends object>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

function size(sizes: Media['sizes'], name: keyof NonNullable<Media['sizes']>): ImageSize | null {
  const entry = sizes?.[name]
  return entry?.url && entry.width && entry.height ? { url: entry.url, width: entry.width, height: entry.height } : null
}

export function imageOf(value: unknown): DeliveredImage | null {
  const media = populated<Media>(value)
  if (!media?.url || !media.width || !media.height) return null
  return {
    alt: media.alt ?? '',
    width: media.width,
    height: media.height,
    url: media.url,
    sizes: {
      thumbnail: size(media.sizes, 'thumbnail'),
      card: size(media.sizes, 'card'),
      hero: size(media.sizes, 'hero'),
      og: size(media.sizes, 'og'),
    },
  }
}

/** The list shape: small and stable; the same for every type. */
export function toSummary(doc: AnyDoc, context: SerializeContext): DeliveredSummary {
  const organization =
    context.directory.byId[String(doc.organization && typeof doc.organization === 'object' ? doc.organization.id : doc.organization)]
  const province = organization?.province ?? organization?.slug ?? ''
  const campaign = populated<Campaign>(doc.campaign)
  return {
    id: doc.id,
    type: context.type,
    slug: doc.slug ?? String(doc.id),
    title: doc.title ?? '',
    summary: (doc.summary ?? doc.objective ?? null) || null,
    publishedAt: doc.publishedAt ?? doc.startsAt ?? null,
    organization: { slug: organization?.slug ?? '', name: organization?.name[context.locale] ?? '' },
    url: portalPath(province, context.type, doc.slug ?? String(doc.id), context.locale),
    image: imageOf(doc.heroImage),
    categories: (doc.categories ?? [])
      .map((category) => populated<Category>(category))
      .filter((category): category is Category => Boolean(category?.slug))
      .map((category) => ({ slug: category.slug!, title: category.title })),
    campaign: campaign?.slug ? { slug: campaign.slug, title: campaign.title } : null,
    ...(context.type === 'campaigns' ? { endsAt: doc.endsAt ?? null } : {}),
  }
}

/** The article shape: the summary plus rendered, sanitized HTML, gallery, attachments and JSON-LD. */
export function toDetail(doc: AnyDoc, context: SerializeContext): DeliveredDetail {
  const summary = toSummary(doc, context)
  return { ...summary, ...articleOf(doc, summary, context) }
}

/** What an article adds to its summary: the parts that cost (Lexical to HTML, sanitizing). */
export function articleOf(doc: AnyDoc, summary: DeliveredSummary, context: SerializeContext): DeliveredArticle {
  const gallery = (doc.gallery ?? []).map(imageOf).filter((image): image is DeliveredImage => image !== null)
  const attachments = (doc.attachments ?? [])
    .map((attachment) => populated<Attachment>(attachment))
    .filter((attachment): attachment is Attachment => Boolean(attachment?.url))
    .map((attachment) => ({
      title: attachment.title,
      url: attachment.url!,
      filesize: attachment.filesize ?? null,
      mimeType: attachment.mimeType ?? null,
    }))
  return {
    html: bodyToSafeHtml(doc.body ?? null),
    gallery,
    attachments,
    jsonLd: jsonLdFor(summary, doc.updatedAt, context),
  }
}
