import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { APIError, Forbidden } from 'payload'

import { isEditor } from '@/access/roles'
import { isSystem, isWorkflowWrite } from './actor'
import { noteEditReset } from './editReset'
import type { WorkflowStatus } from '@/config/editorial'

/**
 * Publishing happens only through a transition. Every other write made for a person is a draft
 * save, whatever route it came by: REST PATCH with `_status: "published"` or `?draft=false`,
 * GraphQL mutations, bulk edits from the list view, restoring a published version, autosave.
 * So a live document stays exactly as published until a supervisor publishes again.
 */
export const forceDraftWrites: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (isSystem(req) || isWorkflowWrite(req)) return args
  if (operation === 'restoreVersion') {
    restoreOnlyAsDraft(args as { draft?: boolean; overrideAccess?: boolean })
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  const { data, draft } = args as { data?: { _status?: unknown }; draft?: boolean }
  if (data?._status === 'published') throw new Forbidden(req.t)
  if (operation === 'update' && data?._status === 'draft' && draft !== true) refuseUnpublish()
  return { ...args, draft: true }
}

/**
 * `_status: "draft"` written over the stored document is Payload's unpublish: its Unpublish
 * button and the list's bulk unpublish send it. Turned into a draft save like any other write,
 * it answered 200, the admin said "unpublished", and the article stayed on the portal. Taking
 * content down is the workflow's `unpublish` transition, for a supervisor in scope.
 */
function refuseUnpublish(): never {
  throw new APIError(
    'لغو انتشار فقط با گردش کار ممکن است: دکمهٔ «لغو انتشار» در پنل گردش کار، برای سرپرست. / Taking content down is a workflow transition, for a supervisor in scope: the Unpublish button of the workflow panel, or POST /api/{collection}/{id}/transition { "to": "archived" }.',
    403,
    undefined,
    true,
  )
}

/** States whose approval an edit invalidates: the edited text must be reviewed again. */
const APPROVED_STATES: readonly WorkflowStatus[] = ['approved', 'scheduled', 'published', 'archived']

/**
 * The second line of defence, on the data about to be stored: a person's write never stores a
 * published status, and editing approved or live content sends the new draft back to `draft`.
 * Review means what was reviewed: an editor's edit of content `in_review` withdraws it to `draft`
 * too (the supervisor would otherwise approve text they never saw). Each such step is written to
 * the document's history (editReset.ts).
 */
export const resetWorkflowOnEdit: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  if (isSystem(req) || isWorkflowWrite(req)) return data
  if (data._status === 'published') throw new Forbidden(req.t)
  const current = originalDoc?.workflowStatus as WorkflowStatus | undefined
  const withdrawn = current === 'in_review' && isEditor(req.user)
  if (current && (APPROVED_STATES.includes(current) || withdrawn)) {
    noteEditReset(req, collection.slug, originalDoc.id, current)
    return { ...data, workflowStatus: 'draft', publishAt: null }
  }
  return data
}

/**
 * Payload's restore reads `draft` before this hook runs, so it cannot be switched here: a restore
 * for a person that would overwrite the stored document (GraphQL without `draft: true`, the Local
 * API acting for a user) is refused. The REST route always restores as a draft (restoreAsDraft.ts).
 */
function restoreOnlyAsDraft(args: { draft?: boolean; overrideAccess?: boolean }): void {
  if (args.draft === true || args.overrideAccess === true) return
  throw new APIError(
    'بازگردانی نسخه فقط به صورت پیش‌نویس ممکن است (draft: true)؛ انتشار فقط با گردش کار. / A version is restored only as a new draft (draft: true); going live is a workflow transition.',
    400,
    undefined,
    true,
  )
}
