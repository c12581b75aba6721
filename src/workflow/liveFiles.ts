import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { isEditor } from '@/access/roles'
import type { WorkflowStatus } from '@/config/editorial'
import { usesOf, type FileCollection } from '@/hooks/fileUses'
import { SYSTEM_FILE_WRITE } from '@/hooks/filesFollowContent'

/** Where a supervisor has seen or is seeing the content: what they review is what goes out. */
const REVIEWED: readonly WorkflowStatus[] = ['in_review', 'approved', 'scheduled']

/**
 * Whether content a supervisor reviews or has passed uses this file: the live version of a
 * published document, or the latest version of one in review, approved or scheduled.
 */
export async function usedByReviewedContent(req: PayloadRequest, fileCollection: FileCollection, id: number | string): Promise<boolean> {
  for (const use of usesOf(fileCollection)) {
    const live = await req.payload.count({
      collection: use.collection,
      where: { and: [{ _status: { equals: 'published' } }, use.where(id)] },
      overrideAccess: true,
      req,
    })
    if (live.totalDocs > 0) return true
    const reviewed = await req.payload.findVersions({
      collection: use.collection,
      where: { and: [{ latest: { equals: true } }, { 'version.workflowStatus': { in: [...REVIEWED] } }, use.where(id, 'version.')] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (reviewed.docs.length > 0) return true
  }
  return false
}

function refuse(): never {
  throw new APIError(
    'این فایل در محتوای منتشرشده یا در حال بررسی به کار رفته است؛ تغییر یا حذف آن با سرپرست است. / This file is used by published content or by content under review: changing or deleting it is for a supervisor in scope or an admin.',
    403,
    undefined,
    true,
  )
}

/**
 * Files of reviewed content change only with a supervisor: while a published article, or one in
 * review, approved or scheduled, uses an image or a PDF, an editor cannot change its text,
 * replace its file or delete it (the portal would show the change at once, or at publication,
 * unreviewed: the supervisor approves an article as it is, not the file it will point to later).
 * To change it the editor takes the article back to a draft (any edit of it does) and submits it
 * again. Supervisors in scope and admins can (collection access checks the scope); their change
 * empties the delivery cache and is audited by the collection's hooks. The system's own writes
 * of when a file is public (src/hooks/filesFollowContent.ts) are not a person's change.
 */
export const guardLiveFiles: { beforeChange: CollectionBeforeChangeHook; beforeDelete: CollectionBeforeDeleteHook } = {
  beforeChange: async ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !isEditor(req.user) || !originalDoc || req.context[SYSTEM_FILE_WRITE]) return data
    if (await usedByReviewedContent(req, collection.slug as FileCollection, originalDoc.id)) refuse()
    return data
  },
  beforeDelete: async ({ collection, id, req }) => {
    if (!isEditor(req.user)) return
    if (await usedByReviewedContent(req, collection.slug as FileCollection, id)) refuse()
  },
}
