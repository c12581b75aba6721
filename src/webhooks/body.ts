import { serverUrl } from '@/config/serverUrl'
import type { PublicChange, WorkflowCollection } from '@/config/editorial'
import { deliveryTypeOf, portalPath } from '@/config/publicUrls'
import type { Province } from './province'

export type DeliveryBody = {
  event: PublicChange
  collection: WorkflowCollection
  id: number | string
  slug: string | null
  province: string | null
  url: string | null
  occurredAt: string
}

/** The public address of the newsroom, read when the event happens (the portal links are absolute). */
function publicOrigin(): string {
  return serverUrl() ?? 'http://localhost:3000'
}

/**
 * The JSON every subscriber receives, serialized once when the event happens. The exact string
 * travels in the job's input, so every retry signs and sends the same bytes and a receiver can
 * recognise a repeat. No title or text: a receiver fetches those from the portal or the API.
 */
export function deliveryBody(change: {
  event: PublicChange
  collection: WorkflowCollection
  id: number | string
  slug: string | null | undefined
  province: Province | null
  at: Date
}): string {
  const slug = change.slug || null
  const province = change.province?.slug || null
  const body: DeliveryBody = {
    event: change.event,
    collection: change.collection,
    id: change.id,
    slug,
    province,
    url: province ? `${publicOrigin()}${portalPath(province, deliveryTypeOf(change.collection), slug ?? undefined)}` : null,
    occurredAt: change.at.toISOString(),
  }
  return JSON.stringify(body)
}
