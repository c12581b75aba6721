import { createLocalReq, type Payload } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import { BODY_IMAGES, imagesInBody } from '@/fields/bodyImages'
import { settleLinkedFiles } from './filesFollowContent'
import type { FileUser } from './fileUses'

const CONTENT: FileUser[] = ['news-items', 'press-releases']

/**
 * At server start: images in the text of live documents that are not public yet go public, as
 * publication would have made them (filesFollowContent works out each one's date and scope).
 * That is the images of documents published before images in a text were recorded
 * (src/fields/bodyImages.ts); at any other time it finds none. On SQLite the migration
 * 20261201_060000_body_images recorded those rows' images; MongoDB has no migrations here, so its
 * rows that lack the field get it here first. Costs one query per collection and one over the
 * images found.
 */
export async function exposeLiveBodyImages(payload: Payload): Promise<void> {
  const req = await createLocalReq({}, payload)
  if (payload.db.name === 'mongoose') await recordMissingBodyImages(payload)
  for (const collection of CONTENT) {
    const live = await payload.find({
      collection,
      where: { and: [{ _status: { equals: 'published' } }, { [BODY_IMAGES]: { exists: true } }] },
      select: { [BODY_IMAGES]: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const used = [...new Set(live.docs.flatMap((doc) => (doc[BODY_IMAGES] ?? []).map((id) => relationId(id as RelationValue))))]
    if (used.length === 0) continue
    const hidden = await payload.find({
      collection: 'media',
      where: { and: [{ id: { in: used } }, { publicFrom: { equals: null } }] },
      select: {},
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    // One file at a time: settling a file asks every document that uses it.
    for (const file of hidden.docs) await settleLinkedFiles(req, { [BODY_IMAGES]: [file.id] })
  }
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
