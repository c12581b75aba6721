import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { Forbidden } from 'payload'

import { isSystem, isWorkflowWrite } from './actor'
import type { WorkflowStatus } from './states'

/**
 * Publishing happens only through a transition. Every other write made for a person is a draft
 * save, whatever route it came by: REST PATCH with `_status: "published"` or `?draft=false`,
 * GraphQL mutations, bulk edits from the list view, restoring a published version, autosave.
 * So a live document stays exactly as published until a supervisor publishes again.
 */
export const forceDraftWrites: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (isSystem(req) || isWorkflowWrite(req)) return args
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion') return args
  const data = (args as { data?: { _status?: unknown } }).data
  if (data?._status === 'published') throw new Forbidden(req.t)
  return { ...args, draft: true }
}

/** States whose approval an edit invalidates: the edited text must be reviewed again. */
const APPROVED_STATES: readonly WorkflowStatus[] = ['approved', 'scheduled', 'published', 'archived']

/**
 * The second line of defence, on the data about to be stored: a person's write never stores a
 * published status, and editing approved or live content sends the new draft back to `draft`.
 */
export const resetWorkflowOnEdit: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (isSystem(req) || isWorkflowWrite(req)) return data
  if (data._status === 'published') throw new Forbidden(req.t)
  const current = originalDoc?.workflowStatus as WorkflowStatus | undefined
  if (current && APPROVED_STATES.includes(current)) {
    return { ...data, workflowStatus: 'draft', publishAt: null }
  }
  return data
}
