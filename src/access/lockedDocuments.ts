import type { Access, CollectionBeforeChangeHook, SanitizedConfig } from 'payload'
import { Forbidden } from 'payload'

import { relationId, type RelationValue } from './relationId'
import { asNewsroomUser } from './roles'

const LOCKS_SLUG = 'payload-locked-documents'

/** A document lock is removed only by the user holding it (Payload lets any logged-in user remove any). */
const ownLock: Access = ({ req }) => {
  const user = asNewsroomUser(req.user)
  return user ? { 'user.value': { equals: user.id } } : false
}

/**
 * A lock names its holder, and that is always the user writing it: taking over a document (the
 * admin's "Take over") sets oneself, never someone else.
 */
const lockHolderIsSelf: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = asNewsroomUser(req.user)
  if (!user || data.user === undefined) return data
  const holder = data.user as { relationTo?: string; value?: RelationValue } | null
  if (!holder || holder.relationTo !== 'users' || String(relationId(holder.value)) !== String(user.id)) throw new Forbidden(req.t)
  return data
}

/**
 * Payload adds the locks collection while it sanitizes the config, after plugins have run, so
 * its rules are set on the sanitized config.
 */
export function ownLocksOnly(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS_SLUG)
  if (!locks) return config
  locks.access = { ...locks.access, delete: ownLock }
  locks.hooks = { ...locks.hooks, beforeChange: [...(locks.hooks?.beforeChange ?? []), lockHolderIsSelf] }
  return config
}
