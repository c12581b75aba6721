import type { CollectionBeforeChangeHook } from 'payload'
import { Forbidden, NotFound, ValidationError } from 'payload'

import { relationId, sameId } from '@/access/relationId'
import { scopeIncludes, userScope } from '@/access/scope'
import type { Comment } from '@/payload-types'

/**
 * A comment belongs to its document's organization, and only someone whose scope covers that
 * organization may comment. The author and organization are set here, never taken from input.
 */
export const attachToDocument: CollectionBeforeChangeHook<Comment> = async ({ data, operation, req, originalDoc }) => {
  if (operation === 'update') {
    return {
      ...data,
      document: originalDoc?.document,
      parent: originalDoc?.parent,
      author: originalDoc?.author,
      organization: originalDoc?.organization,
    }
  }
  const target = data?.document
  if (!target || typeof target !== 'object' || !('relationTo' in target)) {
    throw new ValidationError({ errors: [{ path: 'document', message: 'A comment needs the document it is about.' }] })
  }
  const doc = await req.payload
    .findByID({
      collection: target.relationTo,
      id: relationId(target.value as never)!,
      draft: true,
      depth: 0,
      overrideAccess: !req.user,
      req,
    })
    .catch(() => null)
  if (!doc) throw new NotFound(req.t)
  if (req.user && !scopeIncludes(await userScope(req), doc.organization)) throw new Forbidden(req.t)

  if (data.parent) {
    const parent = await req.payload
      .findByID({ collection: 'comments', id: relationId(data.parent)!, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    const parentDoc = parent?.document
    if (
      !parent ||
      !parentDoc ||
      parentDoc.relationTo !== target.relationTo ||
      !sameId(relationId(parentDoc.value as never), relationId(target.value as never))
    ) {
      throw new ValidationError({ errors: [{ path: 'parent', message: 'A reply must be to a comment on the same document.' }] })
    }
  }
  return { ...data, author: req.user?.id, organization: relationId(doc.organization as never) as number }
}
