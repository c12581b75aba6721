import type { CollectionAfterLoginHook } from 'payload'

import type { User } from '@/payload-types'
import { recordAudit } from '../record'

/** Payload has not put the user on `req` yet when this runs, so the actor is passed along. */
export const auditLogin: CollectionAfterLoginHook<User> = async ({ collection, req, user }) => {
  await recordAudit(req, () => ({ action: 'login', actor: user, targetCollection: collection.slug, documentId: user.id }))
}
