import type { PayloadRequest, Where } from 'payload'

import type { NewsroomEvents } from '@/lib/events'
import { deliveryBody } from './body'
import { queueDelivery } from './deliver'
import { provinceOf } from './province'
import { WEBHOOKS_SLUG } from './webhooks'

/**
 * The `publicChange` subscriber (src/lib/events.ts): a write that changed what the public sees
 * queues one delivery job per active webhook that wants this event and covers the document's
 * province (or all provinces). It runs in the write's request and joins its transaction: a write
 * that is rolled back announces nothing. A failure here is logged and never fails the write — the
 * content matters more than the notice about it.
 */
export async function queueDeliveries(
  req: PayloadRequest,
  { collection, doc, change: event }: NewsroomEvents['publicChange'],
): Promise<void> {
  try {
    const province = await provinceOf(req, doc.organization)
    const anyProvince: Where = { or: [{ province: { exists: false } }, { province: { equals: null } }] }
    const subscribers = await req.payload.find({
      collection: WEBHOOKS_SLUG,
      where: {
        and: [
          { active: { equals: true } },
          { events: { in: [event] } },
          province ? { or: [anyProvince, { province: { equals: province.id } }] } : anyProvince,
        ],
      },
      select: { active: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (subscribers.docs.length === 0) return
    // An embargoed release is announced when the public can read it, not before: the notice
    // (and its slug, made from the headline) must not break the embargo.
    const embargoUntil = 'embargoUntil' in doc ? doc.embargoUntil : null
    const embargoEnd = embargoUntil ? new Date(embargoUntil) : null
    const waitUntil = embargoEnd && embargoEnd.getTime() > Date.now() && event !== 'unpublished' ? embargoEnd : undefined
    const body = deliveryBody({ event, collection, id: doc.id, slug: doc.slug, province, at: waitUntil ?? new Date() })
    for (const webhook of subscribers.docs) {
      await queueDelivery(req, { webhook: webhook.id, event, collection, documentId: doc.id, body }, waitUntil)
    }
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Webhook deliveries for ${collection} ${doc.id} (${event}) could not be queued` })
  }
}
