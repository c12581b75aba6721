import type { PayloadRequest } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import type { FoiTransition, WorkflowTransition } from '@/payload-types'
import { recordAudit } from '../record'

/**
 * One `transition` entry per workflow history row, about the document that moved (not the row),
 * e.g. "draft → in_review". The document's own `update` entry is recorded by its collection.
 */
export async function auditTransition(req: PayloadRequest, { transition: doc }: { transition: WorkflowTransition }): Promise<void> {
  await recordAudit(req, () => ({
    action: 'transition',
    targetCollection: doc.document.relationTo,
    documentId: relationId(doc.document.value as RelationValue),
    organization: doc.organization as RelationValue,
    detail: `${doc.from ?? '—'} → ${doc.to}`,
  }))
}

/** One `transition` entry per FOI history row, about the request that moved, e.g. "assigned → refused". */
export async function auditFoiTransition(req: PayloadRequest, { transition: doc }: { transition: FoiTransition }): Promise<void> {
  await recordAudit(req, () => ({
    action: 'transition',
    targetCollection: 'foi-requests',
    documentId: relationId(doc.request as RelationValue),
    organization: doc.organization as RelationValue,
    detail: `${doc.from ?? '—'} → ${doc.to}${doc.legalGround ? ` (${doc.legalGround})` : ''}`,
  }))
}
