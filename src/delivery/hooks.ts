import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { PublicChange, WorkflowCollection } from '@/config/editorial'
import { afterCommit } from '@/db/afterCommit'
import { announce, type NewsroomEvents } from '@/lib/events'
import { deliveryCache } from './cache'
import { classifyChange, classifyDelete } from './changes'
import { advanceEpoch } from './epoch'

type PublicDoc = NewsroomEvents['publicChange']['doc']

/**
 * A write that changes what the public sees (publish, unpublish, an edit of live content) is
 * classified once, here: the delivery caches are emptied (./cache.ts), then the change is
 * announced as `publicChange` to the features that subscribe (webhooks), inside the write's
 * transaction, so a write that is rolled back announces nothing. By the time an unpublish
 * returns, the content is gone from this node's answers, and from every other node's within
 * EPOCH_CHECK_MS. Draft saves change nothing public.
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
  await invalidateEverywhere(req)
  await announce(req, 'publicChange', { collection, doc, change })
}

/** Images, files, categories and organizations appear inside delivered answers: any change counts. */
export const invalidateAlways: CollectionAfterChangeHook = async ({ doc, req }) => {
  await invalidateEverywhere(req)
  return doc
}

export const invalidateAlwaysOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidateEverywhere(req)
  return doc
}

/**
 * This node's cache now, and again with the epoch once the write is committed: before the commit
 * a node could recompute an answer from the old content and keep it. The content is saved by then,
 * so a failure to advance the epoch is logged and does not fail the write (other nodes then
 * catch up when their answers expire, within MAX_AGE_SECONDS).
 */
async function invalidateEverywhere(req: PayloadRequest): Promise<void> {
  deliveryCache().invalidate()
  await afterCommit(req, async () => {
    deliveryCache().invalidate()
    try {
      await advanceEpoch(req.payload)
    } catch (error) {
      req.payload.logger.error({
        err: error,
        msg: 'The delivery epoch could not be advanced: other nodes keep their cached answers until they expire',
      })
    }
  })
}
