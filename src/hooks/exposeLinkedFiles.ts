import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'

type LinkingDoc = {
  _status?: 'draft' | 'published' | null
  heroImage?: RelationValue
  gallery?: RelationValue[] | null
  attachments?: RelationValue[] | null
  embargoUntil?: string | null
}

/**
 * When a news item or press release is published, the images and PDFs it uses become public —
 * from now, or from the end of its embargo. A file already public earlier keeps its earlier date.
 */
export const exposeLinkedFiles: CollectionAfterChangeHook = async ({ doc, req }) => {
  const published = doc as LinkingDoc
  if (published._status !== 'published') return doc
  const embargoEnd = published.embargoUntil ? new Date(published.embargoUntil) : null
  const from = embargoEnd && embargoEnd.getTime() > Date.now() ? embargoEnd : new Date()
  const images = [published.heroImage, ...(published.gallery ?? [])]
  await expose(req, 'media', images, from)
  await expose(req, 'attachments', published.attachments ?? [], from)
  return doc
}

async function expose(req: PayloadRequest, collection: 'media' | 'attachments', values: RelationValue[], from: Date) {
  const ids = [...new Set(values.map(relationId).filter((id): id is number | string => id !== null))]
  if (ids.length === 0) return
  // A system step that follows from a permitted publication, not an action of the user.
  await req.payload.update({
    collection,
    where: {
      and: [
        { id: { in: ids } },
        { or: [{ publicFrom: { equals: null } }, { publicFrom: { greater_than: from.toISOString() } }] },
      ],
    },
    data: { publicFrom: from.toISOString() },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
