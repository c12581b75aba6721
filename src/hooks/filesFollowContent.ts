import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import { documentScope, scopesHolding, scopeWhere, type OrganizationId } from '@/access/scope'
import { FILE_COLLECTIONS, linkedFiles, linkSelect, usesOf, type FileCollection, type FileUser } from './fileUses'

/** Set on the request while this hook writes `publicFrom`: the write is the system's, not the person's. */
export const SYSTEM_FILE_WRITE = 'linkedFilesFollowContent'

type Use = { publishedAt?: string | null; embargoUntil?: string | null; createdAt: string }

/**
 * A file is public exactly while published content whose scope holds it (its province tree's,
 * or the ministry's) uses it (as hero image, in a gallery, as an attachment): from the earliest
 * moment one of those documents is public (the end of its embargo, for an embargoed release),
 * and never otherwise. Worked out again for every file a document links before or after each
 * write or delete that changes what is live, so unpublishing, deleting, dropping the file from
 * the document or putting an embargo off takes the file back with it; a link to another
 * province's file never makes that file public.
 */
export const filesFollowContent: {
  beforeChange: CollectionBeforeChangeHook
  afterChange: CollectionAfterChangeHook
  beforeDelete: CollectionBeforeDeleteHook
  afterDelete: CollectionAfterDeleteHook
} = {
  // The live version before the write: a file dropped in a draft leaves the live document only
  // when that draft is published, and by then neither the draft nor the write's previous document
  // names it.
  beforeChange: async ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc?.id) return data
    const live = await liveVersion(req, collection.slug as FileUser, originalDoc.id, linkSelect(collection.slug as FileUser))
    livesBefore(req).set(`${collection.slug}:${originalDoc.id}`, live)
    return data
  },
  // Only a write that changes what is live can change a file's uses: a publication, or the live
  // version taken down. A draft saved beside it (an autosave, most writes) changes nothing live.
  // A publication that adds a file only moves its date earlier, if at all (one conditional
  // update, as cheap as a bulk import needs); a file the live version linked before the write may
  // have lost its use, or its date (an embargo put off), and is worked out again.
  afterChange: async ({ collection, doc, req }) => {
    const key = `${collection.slug}:${doc.id}`
    const before = livesBefore(req).get(key)
    livesBefore(req).delete(key)
    const wasLive = before?._status === 'published' ? before : null
    if (doc._status !== 'published') {
      if (!wasLive) return doc
      const after = await liveVersion(req, collection.slug as FileUser, doc.id, {})
      if (after?._status === 'published') return doc
    } else {
      await exposeAdded(req, doc, wasLive)
    }
    if (wasLive) await settleLinkedFiles(req, wasLive)
    return doc
  },
  // The document as stored, read before it goes: the one afterDelete is given is cut to the
  // request's `select`, and may name none of its files.
  beforeDelete: async ({ collection, id, req }) => {
    livesBefore(req).set(
      `${collection.slug}:${id}`,
      await liveVersion(req, collection.slug as FileUser, id, linkSelect(collection.slug as FileUser)),
    )
  },
  afterDelete: async ({ collection, id, req }) => {
    const key = `${collection.slug}:${id}`
    const before = livesBefore(req).get(key)
    livesBefore(req).delete(key)
    if (before?._status === 'published') await settleLinkedFiles(req, before)
  },
}

type Published = Record<string, unknown> & { organization?: RelationValue; embargoUntil?: string | null }

/** The files a publication links that its live version before did not: public from its public moment, unless earlier already. */
async function exposeAdded(req: PayloadRequest, doc: Published, before: Live): Promise<void> {
  const embargoEnd = doc.embargoUntil ? new Date(doc.embargoUntil) : null
  const from = (embargoEnd && embargoEnd.getTime() > Date.now() ? embargoEnd : new Date()).toISOString()
  let scope: OrganizationId[] | undefined
  for (const collection of FILE_COLLECTIONS) {
    const kept = new Set(linkedFiles(before, collection).map(String))
    const ids = linkedFiles(doc, collection).filter((id) => !kept.has(String(id)))
    if (ids.length === 0) continue
    scope ??= await documentScope(req, doc.organization)
    if (scope.length === 0) return
    await asSystem(req, () =>
      req.payload.update({
        collection,
        where: {
          and: [
            { id: { in: ids } },
            scopeWhere(scope!),
            { or: [{ publicFrom: { equals: null } }, { publicFrom: { greater_than: from } }] },
          ],
        },
        data: { publicFrom: from },
        depth: 0,
        overrideAccess: true,
        req,
      }),
    )
  }
}

/** A write of `publicFrom` as the system, which the editors' file guard lets through. */
async function asSystem<T>(req: PayloadRequest, write: () => Promise<T>): Promise<T> {
  req.context[SYSTEM_FILE_WRITE] = true
  try {
    return await write()
  } finally {
    delete req.context[SYSTEM_FILE_WRITE]
  }
}

/** The stored document as the public would get it (not a newer draft), with its status and `select`. */
async function liveVersion(req: PayloadRequest, collection: FileUser, id: number | string, select: Record<string, true>) {
  const live = await req.payload
    .findByID({ collection, id, draft: false, depth: 0, overrideAccess: true, req, select: { ...select, _status: true } })
    .catch(() => null)
  return live as (Record<string, unknown> & { _status?: string | null }) | null
}

const LIVES_BEFORE = 'filesLinkedByLiveVersionBefore'

type Live = Awaited<ReturnType<typeof liveVersion>>

function livesBefore(req: PayloadRequest): Map<string, Live> {
  return ((req.context[LIVES_BEFORE] as Map<string, Live> | undefined) ??= new Map())
}

/** Works out again when each file the document links is public. */
export async function settleLinkedFiles(req: PayloadRequest, doc: Record<string, unknown>): Promise<void> {
  for (const fileCollection of FILE_COLLECTIONS) await settleFiles(req, fileCollection, linkedFiles(doc, fileCollection))
}

/** Works out again when each of these files is public. */
export async function settleFiles(req: PayloadRequest, collection: FileCollection, ids: Array<number | string>): Promise<void> {
  // The organizations that may expose a file depend on its organization only: asked once each.
  const exposers = new Map<string, Promise<OrganizationId[]>>()
  const exposersOf = (organization: RelationValue) => {
    const key = String(relationId(organization))
    if (!exposers.has(key)) exposers.set(key, scopesHolding(req, organization))
    return exposers.get(key)!
  }
  for (const id of ids) await settle(req, collection, id, exposersOf)
}

async function settle(
  req: PayloadRequest,
  collection: FileCollection,
  id: number | string,
  exposersOf: (organization: RelationValue) => Promise<OrganizationId[]>,
): Promise<void> {
  const file = await req.payload
    .findByID({ collection, id, depth: 0, overrideAccess: true, req, select: { organization: true, publicFrom: true } })
    .catch(() => null)
  if (!file) return
  const organization = file.organization as RelationValue
  const from = relationId(organization) === null ? null : await publicFromOf(req, collection, id, await exposersOf(organization))
  const stored = file.publicFrom ? Date.parse(file.publicFrom) : null
  if (stored === (from?.getTime() ?? null)) return
  await asSystem(req, () =>
    req.payload.update({ collection, id, data: { publicFrom: from?.toISOString() ?? null }, depth: 0, overrideAccess: true, req }),
  )
}

/**
 * The earliest moment a published document that may expose the file (one whose scope holds the
 * file's organization: of its province tree, or the ministry's) and uses it is public; null when
 * none does. Two indexed questions per collection, each answered by one row, so a file that a
 * thousand articles use costs what a file of one does: the earliest publication among the uses
 * public now (any moment up to now will do), else the earliest end of an embargo.
 */
async function publicFromOf(req: PayloadRequest, collection: FileCollection, id: number | string, exposers: OrganizationId[]) {
  if (exposers.length === 0) return null
  const now = new Date().toISOString()
  let embargoEnd: string | null = null
  for (const use of usesOf(collection)) {
    const live: Where = { and: [{ _status: { equals: 'published' } }, scopeWhere(exposers), use.where(id)] }
    const embargoed = use.collection === 'press-releases'
    const first = async (where: Where, sort: string) =>
      (
        await req.payload.find({
          collection: use.collection,
          where,
          sort,
          limit: 1,
          pagination: false,
          depth: 0,
          select: embargoed ? { publishedAt: true, embargoUntil: true, createdAt: true } : { publishedAt: true, createdAt: true },
          overrideAccess: true,
          req,
        })
      ).docs[0] as Use | undefined
    const publicNow = await first(
      embargoed ? { and: [live, { or: [{ embargoUntil: { equals: null } }, { embargoUntil: { less_than_equal: now } }] }] } : live,
      'publishedAt',
    )
    if (publicNow) return new Date(Math.min(Date.parse(publicNow.publishedAt ?? publicNow.createdAt), Date.parse(now)))
    const next = embargoed ? await first({ and: [live, { embargoUntil: { greater_than: now } }] }, 'embargoUntil') : undefined
    if (next?.embargoUntil && (embargoEnd === null || next.embargoUntil < embargoEnd)) embargoEnd = next.embargoUntil
  }
  return embargoEnd === null ? null : new Date(embargoEnd)
}
