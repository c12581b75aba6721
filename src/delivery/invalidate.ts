import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { deliveryCache } from './cache'
import { classifyChange, classifyDelete } from './changes'

/**
 * Empties the delivery cache when a write changes what the public sees: publish, unpublish, an
 * edit of live content. It runs inside the write's request, so by the time an unpublish returns
 * the content is gone from the API. Draft saves leave the cache alone.
 */
export const invalidateOnPublicChange: CollectionAfterChangeHook = ({ context, doc, previousDoc }) => {
  if (classifyChange(doc, previousDoc, context)) deliveryCache().invalidate()
  return doc
}

export const invalidateOnPublicDelete: CollectionAfterDeleteHook = ({ doc }) => {
  if (classifyDelete(doc)) deliveryCache().invalidate()
  return doc
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
