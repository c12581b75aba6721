import type { CollectionAfterChangeHook } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import { withDescendants } from '@/access/scope'
import { settleFiles, SYSTEM_FILE_WRITE } from './filesFollowContent'
import { FILE_COLLECTIONS, type FileCollection } from './fileUses'

const same = (a: unknown, b: unknown) => String(relationId(a as RelationValue)) === String(relationId(b as RelationValue))

/**
 * Which published content may make a file public depends on the file's organization and that
 * organization's place in the tree (src/hooks/filesFollowContent.ts): a file moved to another
 * province is not exposed by the content of the one it left, and is by content of the one it
 * joined that uses it. When a file's organization changes, the file is worked out again.
 */
export const fileFollowsItsOrganization: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || req.context[SYSTEM_FILE_WRITE] || same(doc.organization, previousDoc?.organization)) return doc
  await settleFiles(req, collection.slug as FileCollection, [doc.id])
  return doc
}

/**
 * An organization moved in the tree (another parent, or another type, which changes whose scope
 * it is the root of): the files of it and of the organizations under it are worked out again.
 * Admins alone change organizations, rarely; the files are asked by organization, an indexed column.
 */
export const filesFollowTheirOrganizations: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || (same(doc.parent, previousDoc?.parent) && doc.type === previousDoc?.type)) return doc
  const moved = await withDescendants(req, doc.id)
  for (const collection of FILE_COLLECTIONS) {
    const files = await req.payload.find({
      collection,
      where: { organization: { in: moved } },
      select: {},
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    await settleFiles(
      req,
      collection,
      files.docs.map((file) => file.id),
    )
  }
  return doc
}
