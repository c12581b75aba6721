import type { CollectionAfterOperationHook } from 'payload'

import { asNewsroomUser } from '@/access/roles'
import { announce } from '@/lib/events'
import { PERSONAL_FIELDS } from '../fields'
import { FOI_REQUESTS_SLUG } from '../vocabulary'

type Read = { id: number | string; organization?: unknown } & Partial<Record<(typeof PERSONAL_FIELDS)[number], unknown>>

/**
 * Every read of a requester's personal data by a member of staff is announced (the audit log
 * records it), one entry per request read, naming the fields that were given out. Reads as the
 * system (no user) and reads that did not select those fields give nothing out and are not
 * announced. Population elsewhere cannot leak them: the collection populates without them.
 */
export const announcePersonalReads: CollectionAfterOperationHook = async ({ operation, result, req }) => {
  if (!asNewsroomUser(req.user) || (operation !== 'find' && operation !== 'findByID')) return result
  const docs = (operation === 'find' ? (result as { docs?: Read[] }).docs : [result as Read]) ?? []
  for (const doc of docs) {
    if (!doc || typeof doc !== 'object') continue
    const fields = PERSONAL_FIELDS.filter((field) => doc[field] !== undefined && doc[field] !== null && doc[field] !== '')
    if (fields.length === 0) continue
    await announce(req, 'personalDataRead', { collection: FOI_REQUESTS_SLUG, id: doc.id, organization: doc.organization, fields })
  }
  return result
}
