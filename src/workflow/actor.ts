import type { PayloadRequest } from 'payload'

/** Set by the transition endpoint and the scheduler: the only writers allowed to change workflow fields. */
export const WORKFLOW_CONTEXT_KEY = 'workflowTransition'

export function isWorkflowWrite(req: PayloadRequest): boolean {
  return req.context[WORKFLOW_CONTEXT_KEY] === true
}

/** No user on the request: the seed, a migration or a job. Those are the system, not a person. */
export function isSystem(req: PayloadRequest): boolean {
  return !req.user
}
