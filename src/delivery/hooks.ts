import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { PublicChange, WorkflowCollection } from '@/config/editorial'
import { announce, type NewsroomEvents } from '@/lib/events'
import { deliveryCache } from './cache'
import { classifyChange, classifyDelete } from './changes'

type PublicDoc = NewsroomEvents['publicChange']['doc']

/**
 * A write that changes what the public sees (publish, unpublish, an edit of live content) is
 * classified once, here: the delivery cache is emptied, then the change is announced as
 * `publicChange` to the features that subscribe (webhooks). Both happen inside the write's
 * request and transaction, so by the time an unpublish returns the content is gone from the API,
 * and a write that is rolled back announces nothing. Draft saves change nothing public.
 */
export const publishChange: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  const change = classifyChange(doc, previousDoc, context)
  if (change) await changed(req, collection.slug as WorkflowCollection, doc as PublicDoc, change)
  return doc
}

/** A deleted document that was live has been unpublished, for the cache and for subscribers alike. */
export const publishDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const change = classifyDelete(doc)
  if (change) await changed(req, collection.slug as WorkflowCollection, doc as PublicDoc, change)
  return doc
}

async function changed(req: PayloadRequest, collection: WorkflowCollection, doc: PublicDoc, change: PublicChange): Promise<void> {
  deliveryCache().invalidate()
  await announce(req, 'publicChange', { collection, doc, change })
}

/** Images, files, categories and organizations appear inside delivered answers: any change counts. */
export const invalidateAlways: CollectionAfterChangeHook = ({ doc }) => {
  deliveryCache().invalidate()
  return doc
}

export const invalidateAlwaysOnDelete: CollectionAfterDeleteHook = ({ doc }) => {
  deliveryCache().invalidate()
  return doc
}
