import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import { changedFieldNames } from '../changedFields'
import { organizationOf } from '../organization'
import { passwordChanged } from '../passwordChanged'
import { recordAudit } from '../record'

/** `create` or `update`, with the names of the fields that changed (a new password included, never its value). */
export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  await recordAudit(req, async () => {
    const previous = operation === 'create' ? undefined : previousDoc
    const changedFields = changedFieldNames(collection.flattenedFields, previous, doc)
    if (collection.auth && (await passwordChanged(req, collection.slug as CollectionSlug, doc.id, previous?.hash))) {
      changedFields.push('password')
    }
    return {
      action: operation,
      targetCollection: collection.slug,
      documentId: doc.id,
      changedFields,
      organization: organizationOf(collection.slug, doc),
    }
  })
}
