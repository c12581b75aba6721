import type { WorkflowStatus } from './editorial'

/**
 * Everything the newsroom keeps on `req.context`, typed in one place (Payload's own keys stay
 * open). A hook reads these; only the writer named beside each sets it.
 */
declare module 'payload' {
  export interface RequestContext {
    /** The workflow's write path (src/workflow/writeTransition.ts) while it writes: the only writer of workflow fields. */
    workflowTransition?: boolean
    /** Set by the workflow before it writes: whether the stored document was live (src/delivery/changes.ts reads it). */
    liveBefore?: boolean
    /** Per document of the request (a bulk edit shares one): the state an edit sent back to `draft`. */
    workflowEditResets?: Record<string, WorkflowStatus>
    /** The organizations the user acts for, computed once per request (src/access/scope.ts). */
    newsroomScope?: 'all' | Array<number | string>
    /** Staff names already looked up in this request, by user id (src/fields/staffName.ts). */
    staffNames?: Record<string, string | null>
  }
}
