import type { PayloadRequest } from 'payload'

import type { RelationValue } from '@/access/relationId'
import type { NewsroomEvents } from '@/lib/events'
import { recordAudit } from '../record'

/** A `personal_data_read` entry: who was given which personal fields (names only) of which document. */
export async function auditPersonalDataRead(req: PayloadRequest, read: NewsroomEvents['personalDataRead']): Promise<void> {
  await recordAudit(req, () => ({
    action: 'personal_data_read',
    targetCollection: read.collection,
    documentId: read.id,
    changedFields: [...read.fields],
    organization: read.organization as RelationValue,
    detail: read.fields.join(', '),
  }))
}
