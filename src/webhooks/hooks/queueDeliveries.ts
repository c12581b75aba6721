import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, Where } from 'payload'

import type { RelationValue } from '@/access/relationId'
import { classifyChange, classifyDelete, type DeliveredCollection, type PublicChange } from '@/delivery/changes'
import { deliveryBody } from '../body'
import { queueDelivery } from '../deliver'
import { provinceOf } from '../province'
import { WEBHOOKS_SLUG } from '../webhooks'

type DeliveredDoc = { id: number | string; slug?: string | null; organization?: RelationValue; embargoUntil?: string | null }

/** A write that changed what the public sees is announced to the webhooks subscribed to it. */
export const queueOnChange: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  const event = classifyChange(doc, previousDoc, context)
  if (event) await announce(req, collection.slug as DeliveredCollection, doc as DeliveredDoc, event)
}

export const queueOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const event = classifyDelete(doc)
  if (event) await announce(req, collection.slug as DeliveredCollection, doc as DeliveredDoc, event)
}

/**
 * Queues one delivery job per active webhook that wants this event and covers the document's
 * province (or all provinces). It joins the write's transaction: a write that is rolled back
 * announces nothing. A failure here is logged and never fails the write — the content matters
 * more than the notice about it.
 */
async function announce(req: PayloadRequest, collection: DeliveredCollection, doc: DeliveredDoc, event: PublicChange) {
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
    const embargoEnd = doc.embargoUntil ? new Date(doc.embargoUntil) : null
    const waitUntil = embargoEnd && embargoEnd.getTime() > Date.now() && event !== 'unpublished' ? embargoEnd : undefined
    const body = deliveryBody({ event, collection, id: doc.id, slug: doc.slug, province, at: waitUntil ?? new Date() })
    for (const webhook of subscribers.docs) {
      await queueDelivery(req, { webhook: webhook.id, event, collection, documentId: doc.id, body }, waitUntil)
    }
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Webhook deliveries for ${collection} ${doc.id} (${event}) could not be queued` })
  }
}
