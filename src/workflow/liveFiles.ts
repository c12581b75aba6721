import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest, Where } from 'payload'
import { APIError } from 'payload'

import { isEditor } from '@/access/roles'

/** Where each file collection is used by published content. */
const USES: Record<string, Array<{ collection: 'news-items' | 'press-releases'; where: (id: number | string) => Where }>> = {
  media: (['news-items', 'press-releases'] as const).map((collection) => ({
    collection,
    where: (id): Where => ({ or: [{ heroImage: { equals: id } } as Where, { gallery: { in: [id] } } as Where] }),
  })),
  attachments: [{ collection: 'press-releases', where: (id) => ({ attachments: { in: [id] } }) }],
}

/** Whether published content (the stored, public version) uses this file. */
export async function usedByLiveContent(req: PayloadRequest, fileCollection: string, id: number | string): Promise<boolean> {
  for (const use of USES[fileCollection] ?? []) {
    const { totalDocs } = await req.payload.count({
      collection: use.collection,
      where: { and: [{ _status: { equals: 'published' } }, use.where(id)] },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return true
  }
  return false
}

function refuse(): never {
  throw new APIError(
    'این فایل در محتوای منتشرشده به کار رفته است؛ تغییر یا حذف آن با سرپرست است. / This file is used by published content: changing or deleting it is for a supervisor in scope or an admin.',
    403,
    undefined,
    true,
  )
}

/**
 * Files of live content change only with a supervisor: while a published article uses an image or
 * a PDF, an editor cannot change its text, replace its file or delete it (the portal would show
 * the change at once, unreviewed). Supervisors in scope and admins can (collection access checks
 * the scope); their change empties the delivery cache and is audited by the collection's hooks.
 */
export const guardLiveFiles: { beforeChange: CollectionBeforeChangeHook; beforeDelete: CollectionBeforeDeleteHook } = {
  beforeChange: async ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !isEditor(req.user) || !originalDoc) return data
    if (await usedByLiveContent(req, collection.slug, originalDoc.id)) refuse()
    return data
  },
  beforeDelete: async ({ collection, id, req }) => {
    if (!isEditor(req.user)) return
    if (await usedByLiveContent(req, collection.slug, id)) refuse()
  },
}
