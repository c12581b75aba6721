import type { DeliveryType } from '@/config/publicUrls'
import type { Directory } from './directory'
import type { Locale } from './params'

/** The shapes the delivery API answers with (README, "For frontend developers"): its public contract. */
export type ImageSize = { url: string; width: number; height: number }
export type DeliveredImage = {
  alt: string
  width: number
  height: number
  url: string
  sizes: { thumbnail: ImageSize | null; card: ImageSize | null; hero: ImageSize | null; og: ImageSize | null }
}

export type DeliveredSummary = {
  id: string | number
  type: DeliveryType
  slug: string
  title: string
  summary: string | null
  publishedAt: string | null
  organization: { slug: string; name: string }
  url: string
  image: DeliveredImage | null
  categories: Array<{ slug: string; title: string }>
  campaign: { slug: string; title: string } | null
  /** Campaigns only: when the campaign ends (ISO 8601); `publishedAt` is when it starts. */
  endsAt?: string | null
}

/** What an article adds to its summary. */
export type DeliveredArticle = {
  html: string
  gallery: DeliveredImage[]
  attachments: Array<{ title: string; url: string; filesize: number | null; mimeType: string | null }>
  jsonLd: Record<string, unknown>
}

export type DeliveredDetail = DeliveredSummary & DeliveredArticle

export type SerializeContext = { type: DeliveryType; locale: Locale; directory: Directory; origin: string }
