import type { PayloadRequest } from 'payload'

export function isWorkflowWrite(req: PayloadRequest): boolean {
  return req.context.workflowTransition === true
}

/** No user on the request: the seed, a migration or a job. Those are the system, not a person. */
export function isSystem(req: PayloadRequest): boolean {
  return !req.user
}
