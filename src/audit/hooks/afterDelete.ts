import type { CollectionAfterDeleteHook } from 'payload'

import { organizationOf } from '../organization'
import { recordAudit } from '../record'

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  await recordAudit(req, () => ({
    action: 'delete',
    targetCollection: collection.slug,
    documentId: id,
    organization: organizationOf(collection.slug, doc),
  }))
}
