import type { Access, CollectionBeforeChangeHook, CollectionSlug, PayloadRequest, SanitizedConfig, Where } from 'payload'
import { executeAccess, Forbidden } from 'payload'

import { relationId, type RelationValue, sameId } from './relationId'
import { asNewsroomUser, isAdmin } from './roles'

const LOCKS_SLUG = 'payload-locked-documents'

/** A document lock is removed only by the user holding it (Payload lets any logged-in user remove any). */
const ownLock: Access = ({ req }) => {
  const user = asNewsroomUser(req.user)
  return user ? { 'user.value': { equals: user.id } } : false
}

/** Matches no lock: an empty answer, where `false` would make the admin's own lookups fail with a 403. */
const NO_LOCK: Where = { id: { exists: false } }

/**
 * A lock is read by its holder and by whoever may read what it locks. A lock names a document, its
 * holder and when they last typed: readable by every login, the list told an editor which drafts
 * of other provinces exist and who is writing them. The admin asks only for locks of documents it
 * shows, so it sees all it needs. Locks are few (one per open document), so the rule reads them
 * all and asks each collection once which of the locked documents the user may read.
 */
const readableLock: Access = async ({ req }) => {
  const user = asNewsroomUser(req.user)
  if (!user) return false
  if (isAdmin(user)) return true
  const { docs: locks } = await req.payload.find({
    collection: LOCKS_SLUG,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { document: true, globalSlug: true, user: true },
  })
  const lockedIds = new Map<string, RelationValue[]>()
  for (const lock of locks) {
    if (!lock.document) continue
    const { relationTo, value } = lock.document as { relationTo: string; value: RelationValue }
    lockedIds.set(relationTo, [...(lockedIds.get(relationTo) ?? []), relationId(value)])
  }
  const readable = new Set<string>()
  for (const [collection, ids] of lockedIds) {
    for (const id of await permittedIds(req, collection, ids, 'read')) readable.add(`${collection}:${id}`)
  }
  const globals = new Map<string, boolean>()
  const visible: (number | string)[] = []
  for (const lock of locks) {
    const document = lock.document as { relationTo: string; value: RelationValue } | null | undefined
    let allowed = sameId((lock.user as { value?: RelationValue } | undefined)?.value, user.id)
    if (!allowed && document) allowed = readable.has(`${document.relationTo}:${relationId(document.value)}`)
    if (!allowed && lock.globalSlug) {
      if (!globals.has(lock.globalSlug)) globals.set(lock.globalSlug, await mayOnGlobal(req, lock.globalSlug, 'read'))
      allowed = globals.get(lock.globalSlug)!
    }
    if (allowed) visible.push(lock.id)
  }
  return visible.length ? { id: { in: visible } } : NO_LOCK
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
    ? !document?.relationTo && (await mayOnGlobal(req, globalSlug, 'update'))
    : Boolean(document?.relationTo) && id !== null && (await permittedIds(req, document!.relationTo!, [id], 'update')).length > 0
  if (!allowed) throw new Forbidden(req.t)
  return data
}

/** Whether the request's user may read or update this global: its own rule, asked. */
async function mayOnGlobal(req: PayloadRequest, slug: string, operation: 'read' | 'update'): Promise<boolean> {
  const config = req.payload.config.globals.find((global) => global.slug === slug)
  if (!config) return false
  return (await executeAccess({ req, disableErrors: true }, config.access[operation])) === true
}

/** Which of these documents the request's user may read or update: the collection's own rule, asked once. */
async function permittedIds(
  req: PayloadRequest,
  collection: string,
  ids: RelationValue[],
  operation: 'read' | 'update',
): Promise<(number | string)[]> {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config || ids.length === 0) return []
  const id = ids.length === 1 ? (ids[0] as number | string) : undefined
  const access = await executeAccess({ req, id, disableErrors: true }, config.access[operation])
  if (!access) return []
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: access === true ? { id: { in: ids } } : { and: [{ id: { in: ids } }, access] },
  })
  return docs.map((doc) => doc.id)
}

/**
 * Payload adds the locks collection while it sanitizes the config, after plugins have run, so
 * its rules are set on the sanitized config.
 */
export function scopeDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS_SLUG)
  if (!locks) return config
  locks.access = { ...locks.access, delete: ownLock, read: readableLock }
  locks.hooks = { ...locks.hooks, beforeChange: [...(locks.hooks?.beforeChange ?? []), lockRules] }
  return config
}
