import type { Access, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest, SanitizedConfig } from 'payload'
import { executeAccess, Forbidden } from 'payload'

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
 * admin's "Take over") sets oneself, never someone else. And a lock is taken only on a document
 * the holder may edit: a lock holds everyone else's saves off (423), so an editor of one province
 * locking another's articles through the API would stop that province's work. (The admin takes
 * its own locks past this collection's rules, for documents it lets the user edit.)
 */
const lockRules: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const user = asNewsroomUser(req.user)
  if (!user) return data
  if (data.user !== undefined) {
    const holder = data.user as { relationTo?: string; value?: RelationValue } | null
    if (!holder || holder.relationTo !== 'users' || String(relationId(holder.value)) !== String(user.id)) throw new Forbidden(req.t)
  }
  const globalSlug = (data.globalSlug ?? originalDoc?.globalSlug) as string | null | undefined
  const document = (data.document ?? originalDoc?.document) as { relationTo?: string; value?: RelationValue } | null | undefined
  const id = relationId(document?.value)
  // A lock is of one document or of one global, never both: Payload matches a global's lock by its slug alone.
  const allowed = globalSlug
    ? !document?.relationTo && (await mayUpdateGlobal(req, globalSlug))
    : Boolean(document?.relationTo) && id !== null && (await mayUpdate(req, document!.relationTo!, id))
  if (!allowed) throw new Forbidden(req.t)
  return data
}

/** Whether the request's user may update this global: its own update rule, asked. */
async function mayUpdateGlobal(req: PayloadRequest, slug: string): Promise<boolean> {
  const config = req.payload.config.globals.find((global) => global.slug === slug)
  if (!config) return false
  return (await executeAccess({ req, disableErrors: true }, config.access.update)) === true
}

/** Whether the request's user may update this document: the collection's own update rule, asked. */
async function mayUpdate(req: PayloadRequest, collection: string, id: number | string): Promise<boolean> {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config) return false
  const access = await executeAccess({ req, id, disableErrors: true }, config.access.update)
  if (access === true) return true
  if (!access) return false
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    where: { and: [{ id: { equals: id } }, access] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Payload adds the locks collection while it sanitizes the config, after plugins have run, so
 * its rules are set on the sanitized config.
 */
export function ownLocksOnly(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS_SLUG)
  if (!locks) return config
  locks.access = { ...locks.access, delete: ownLock }
  locks.hooks = { ...locks.hooks, beforeChange: [...(locks.hooks?.beforeChange ?? []), lockRules] }
  return config
}
