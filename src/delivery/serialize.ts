import type { Attachment, Campaign, Category, Media, NewsItem, PressRelease } from '@/payload-types'
import { isWorkflowCollection } from '@/config/editorial'
import { deliveryTypeOf, portalPath, type DeliveryType } from '@/config/publicUrls'
import type { DeliveredArticle, DeliveredDetail, DeliveredImage, DeliveredSummary, ImageSize, SerializeContext } from './contract'
import { bodyToSafeHtml, type LinkResolver } from './html'
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
  const organization = organizationOf(doc, context)
  const campaign = populated<Campaign>(doc.campaign)
  return {
    id: doc.id,
    type: context.type,
    slug: doc.slug ?? String(doc.id),
    title: doc.title ?? '',
    summary: (doc.summary ?? doc.objective ?? null) || null,
    publishedAt: doc.publishedAt ?? doc.startsAt ?? null,
    organization: { slug: organization?.slug ?? '', name: organization?.name[context.locale] ?? '' },
    url: pathOf(doc, context.type, context),
    image: imageOf(doc.heroImage),
    categories: (doc.categories ?? [])
      .map((category) => populated<Category>(category))
      .filter((category): category is Category => Boolean(category?.slug))
      .map((category) => ({ slug: category.slug!, title: category.title })),
    campaign: campaign?.slug ? { slug: campaign.slug, title: campaign.title } : null,
    ...(context.type === 'campaigns' ? { endsAt: doc.endsAt ?? null } : {}),
  }
}

function organizationOf(doc: Pick<AnyDoc, 'organization'>, context: SerializeContext) {
  return context.directory.byId[String(doc.organization && typeof doc.organization === 'object' ? doc.organization.id : doc.organization)]
}

/** A document's page on the portal of its province (the ministry's documents: under the ministry's slug). */
function pathOf(doc: Pick<AnyDoc, 'id' | 'slug' | 'organization'>, type: DeliveryType, context: SerializeContext): string {
  const organization = organizationOf(doc, context)
  return portalPath(organization?.province ?? organization?.slug ?? '', type, doc.slug ?? String(doc.id), context.locale)
}

/**
 * Links in a text to our documents go to their public pages. The body was read as the public
 * reads it, so a linked document the public cannot see was not populated and has no page.
 */
function linkResolver(context: SerializeContext): LinkResolver {
  return (relationTo, value) => {
    const doc = populated<AnyDoc>(value)
    if (!doc?.slug || !isWorkflowCollection(relationTo)) return null
    return { href: pathOf(doc, deliveryTypeOf(relationTo), context), title: doc.title ?? '' }
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
    html: bodyToSafeHtml(doc.body ?? null, linkResolver(context)),
    gallery,
    attachments,
    jsonLd: jsonLdFor(summary, doc.updatedAt, context),
  }
}
