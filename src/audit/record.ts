import type { PayloadRequest } from 'payload'

import { asNewsroomUser } from '@/access/roles'
import { relationId, type RelationValue } from '@/access/relationId'
import type { AuditEntry, User } from '@/payload-types'
import type { AuditAction } from './actions'
import { AUDIT_LOG_SLUG, DETAIL_MAX_LENGTH } from './collection'
import { requestIp } from '@/config/peerAddress'

export type AuditEvent = {
  action: AuditAction
  targetCollection?: string
  documentId?: number | string | null
  changedFields?: string[]
  organization?: RelationValue
  detail?: string
  /** Who acted, when `req.user` is not (yet) them: at login Payload has not set it. */
  actor?: User | null
}

/**
 * Appends one entry. It joins the request's transaction (`req`), so an operation that is rolled
 * back leaves no entry. The entry is described by `describe`, run inside the same guard as the
 * write: any failure is logged and swallowed, because auditing must never change the outcome of
 * what it records.
 */
export async function recordAudit(req: PayloadRequest, describe: () => AuditEvent | Promise<AuditEvent>): Promise<void> {
  try {
    const event = await describe()
    await req.payload.create({ collection: AUDIT_LOG_SLUG, data: entryData(req, event), depth: 0, overrideAccess: true, req })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Audit entry could not be written' })
  }
}

function entryData(req: PayloadRequest, event: AuditEvent): Omit<AuditEntry, 'id' | 'createdAt' | 'updatedAt'> {
  const actor = event.actor === undefined ? asNewsroomUser(req.user) : event.actor
  return {
    actor: actor?.id ?? null,
    actorEmail: actor?.email ?? '',
    action: event.action,
    targetCollection: event.targetCollection ?? '',
    documentId: event.documentId === undefined || event.documentId === null ? '' : String(event.documentId),
    changedFields: event.changedFields ?? [],
    ip: requestIp(req),
    organization: relationId(event.organization ?? actor?.organization) as number | null,
    detail: (event.detail ?? '').slice(0, DETAIL_MAX_LENGTH),
  }
}
