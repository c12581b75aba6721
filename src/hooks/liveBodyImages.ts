import { createLocalReq, type Payload } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import { BODY_IMAGES, imagesInBody } from '@/fields/bodyImages'
import { settleLinkedFiles } from './filesFollowContent'
import type { FileUser } from './fileUses'

const CONTENT: FileUser[] = ['news-items', 'press-releases']

/** Image ids per query: well under SQLite's limit on a statement's parameters. */
const CHUNK = 500

/**
 * At server start: images in the text of live documents that are not public yet go public, as
 * publication would have made them (filesFollowContent works out each one's date and scope).
 * That is the images of documents published before images in a text were recorded
 * (src/fields/bodyImages.ts); at any other time it finds none. On SQLite the migration
 * 20261201_060000_body_images recorded those rows' images; MongoDB has no migrations here, so its
 * rows that lack the field get it here first. Asked from the images' side: the private images,
 * then which of them a live text uses. Measured at 100,000 items: 0.3 s, in the background (the
 * SQL Payload makes for a filter on a hasMany upload starts from the content rows).
 */
export async function exposeLiveBodyImages(payload: Payload): Promise<void> {
  const req = await createLocalReq({}, payload)
  if (payload.db.name === 'mongoose') await recordMissingBodyImages(payload)
  const hidden = await payload.find({
    collection: 'media',
    where: { publicFrom: { equals: null } },
    select: {},
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ids = hidden.docs.map((doc) => doc.id)
  const used = new Set<string>()
  for (let at = 0; at < ids.length; at += CHUNK) {
    const chunk = ids.slice(at, at + CHUNK)
    for (const collection of CONTENT) {
      const live = await payload.find({
        collection,
        where: { and: [{ _status: { equals: 'published' } }, { [BODY_IMAGES]: { in: chunk } }] },
        select: { [BODY_IMAGES]: true },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      for (const doc of live.docs) for (const id of doc[BODY_IMAGES] ?? []) used.add(String(relationId(id as RelationValue)))
    }
  }
  // One file at a time: settling a file asks every document that uses it.
  for (const id of ids) if (used.has(String(id))) await settleLinkedFiles(req, { [BODY_IMAGES]: [id] })
}

/** MongoDB documents written before the field existed: their images, from the text in every language. */
async function recordMissingBodyImages(payload: Payload): Promise<void> {
  for (const collection of CONTENT) {
    const missing = await payload.db.find({
      collection,
      where: { [BODY_IMAGES]: { exists: false } },
      select: { body: true },
      locale: 'all',
      limit: 0,
      pagination: false,
    })
    for (const doc of missing.docs as Array<{ id: number | string; body?: Record<string, unknown> | null }>) {
      const placed = [...new Set(Object.values(doc.body ?? {}).flatMap(imagesInBody))]
      await payload.db.updateOne({ collection, id: doc.id, data: { [BODY_IMAGES]: placed }, returning: false })
    }
  }
}
