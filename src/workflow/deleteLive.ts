import type { CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { isEditor } from '@/access/roles'
import { isSystem } from './actor'
import { recordTransition } from './history'
import type { WorkflowCollection, WorkflowStatus } from '@/config/editorial'

/** States an editor's document may be deleted from: it is still only being written. */
const UNREVIEWED: readonly WorkflowStatus[] = ['draft', 'in_review', 'changes_requested']

type Stored = { _status?: string | null; workflowStatus?: WorkflowStatus | null; publishedAt?: string | null; organization?: unknown }

/** Whether a document ever reached the public: live now, stamped by a publication, or a published version on record. */
async function wentLive(req: PayloadRequest, collection: WorkflowCollection, id: number | string, stored: Stored): Promise<boolean> {
  if (stored._status === 'published' || stored.publishedAt) return true
  if (stored.workflowStatus === 'published' || stored.workflowStatus === 'archived') return true
  const versions = await req.payload.countVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return versions.totalDocs > 0
}

/**
 * Deleting live content is unpublishing. Editors delete only what never went live and was never
 * approved (draft, in review, changes requested); anything else is for a supervisor in scope or an
 * admin (collection access has already checked scope). Deleting a live document does what an
 * unpublish does: a history row here, then the delete's own hooks empty the delivery cache,
 * announce `unpublished` to webhooks and write the audit entry (they see the stored, published
 * document). The history row is written before the delete because it links the document.
 */
export const guardLiveDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (isSystem(req)) return
  const slug = collection.slug as WorkflowCollection
  const stored = (await req.payload
    .findByID({ collection: slug, id, depth: 0, draft: false, overrideAccess: true, req })
    .catch(() => null)) as Stored | null
  if (!stored) return
  const latest = (await req.payload
    .findByID({ collection: slug, id, depth: 0, draft: true, overrideAccess: true, req, select: { workflowStatus: true } })
    .catch(() => null)) as Stored | null
  const state = latest?.workflowStatus ?? stored.workflowStatus ?? 'draft'
  const live = await wentLive(req, slug, id, stored)

  if (isEditor(req.user) && (live || !UNREVIEWED.includes(state))) {
    throw new APIError(
      'این سند منتشر شده یا تأیید شده است؛ حذف یا لغو انتشار آن با سرپرست است. / This document has been approved or published: deleting it is an unpublish, for a supervisor in scope or an admin.',
      403,
      undefined,
      true,
    )
  }
  if (stored._status === 'published') {
    await recordTransition(req, {
      collection: slug,
      id: id as number,
      organization: stored.organization,
      from: 'published',
      to: 'archived',
      // The row outlives the document's link to it, so it names what was deleted.
      comment: `حذف شد (لغو انتشار) / Deleted (unpublished): ${slug} ${id}`,
      at: new Date().toISOString(),
    })
  }
}
