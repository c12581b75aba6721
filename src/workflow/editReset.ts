import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { recordTransition } from './history'
import type { WorkflowCollection, WorkflowStatus } from '@/config/editorial'

const keyOf = (collection: string, id: unknown) => `${collection}:${String(id)}`

export function noteEditReset(req: PayloadRequest, collection: string, id: unknown, from: WorkflowStatus): void {
  const resets = req.context.workflowEditResets ?? {}
  resets[keyOf(collection, id)] = from
  req.context.workflowEditResets = resets
}

/**
 * Writes the history row for an edit that sent reviewed or live content back to `draft`, after
 * the write, so a refused write leaves no row. The history then says why the state changed.
 */
export const recordEditReset: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const resets = req.context.workflowEditResets
  const key = keyOf(collection.slug, doc.id)
  const from = resets?.[key]
  if (!from) return doc
  delete resets[key]
  await recordTransition(req, {
    collection: collection.slug as WorkflowCollection,
    id: doc.id,
    organization: doc.organization,
    from,
    to: 'draft',
    comment: 'ویرایش شد؛ برای بررسی دوباره به پیش‌نویس برگشت. / Edited: back to draft, to be reviewed again.',
    at: new Date().toISOString(),
  })
  return doc
}
