import type { PayloadRequest } from 'payload'

import type { WorkflowCollection } from '@/config/editorial'

/**
 * Notes in the request context whether the stored document (not its latest draft) is live, so
 * that hooks after the write can tell a first publication from a republished edit.
 */
export async function markLiveBefore(req: PayloadRequest, collection: WorkflowCollection, id: number | string): Promise<void> {
  // Read first, then set: the Local API call inside isLive gives `req.context` a new object, so
  // `req.context.liveBefore = await isLive(…)` would set the flag on the old, discarded one.
  const live = await isLive(req, collection, id)
  req.context.liveBefore = live
}

/** Whether the stored document (what the public reads), not its latest draft, is published. */
export async function isLive(req: PayloadRequest, collection: WorkflowCollection, id: number | string): Promise<boolean> {
  const stored = await req.payload
    .findByID({ collection, id, depth: 0, draft: false, overrideAccess: true, req, select: { _status: true } })
    .catch(() => null)
  return stored?._status === 'published'
}
