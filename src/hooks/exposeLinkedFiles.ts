import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import { documentScope, scopeWhere, type OrganizationId } from '@/access/scope'

type LinkingDoc = {
  _status?: 'draft' | 'published' | null
  organization?: RelationValue
  heroImage?: RelationValue
  gallery?: RelationValue[] | null
  attachments?: RelationValue[] | null
  embargoUntil?: string | null
}

/**
 * When a news item or press release is published, the images and PDFs it uses become public —
 * from now, or from the end of its embargo. A file already public earlier keeps its earlier date.
 * Only files of the document's own scope (its province's tree): a link to another province's
 * private file never makes that file public, whatever route put the link there.
 */
export const exposeLinkedFiles: CollectionAfterChangeHook = async ({ doc, req }) => {
  const published = doc as LinkingDoc
  if (published._status !== 'published') return doc
  const embargoEnd = published.embargoUntil ? new Date(published.embargoUntil) : null
  const from = embargoEnd && embargoEnd.getTime() > Date.now() ? embargoEnd : new Date()
  const images = [published.heroImage, ...(published.gallery ?? [])]
  const scope = await documentScope(req, published.organization)
  await expose(req, 'media', images, from, scope)
  await expose(req, 'attachments', published.attachments ?? [], from, scope)
  return doc
}

async function expose(
  req: PayloadRequest,
  collection: 'media' | 'attachments',
  values: RelationValue[],
  from: Date,
  scope: OrganizationId[],
) {
  const ids = [...new Set(values.map(relationId).filter((id): id is number | string => id !== null))]
  if (ids.length === 0 || scope.length === 0) return
  // A system step that follows from a permitted publication, not an action of the user.
  await req.payload.update({
    collection,
    where: {
      and: [
        { id: { in: ids } },
        scopeWhere(scope),
        { or: [{ publicFrom: { equals: null } }, { publicFrom: { greater_than: from.toISOString() } }] },
      ],
    },
    data: { publicFrom: from.toISOString() },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
