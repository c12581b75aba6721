import type { PayloadRequest } from 'payload'

import { asNewsroomUser, type Role } from '@/access/roles'
import type { NewsItem } from '@/payload-types'
import { scopeIncludes, userScope } from '@/access/scope'
import { isLive } from './liveBefore'
import type { WorkflowCollection, WorkflowStatus } from '@/config/editorial'
import { decideTransition } from './transitions'
import { writeTransition } from './writeTransition'

export type TransitionRequest = {
  collection: WorkflowCollection
  id: number | string
  to: WorkflowStatus
  comment?: string
  publishAt?: Date
  /** `updatedAt` of the version the actor reviewed: a publish or approval of anything newer is a 409. */
  seen?: Date
}

export class TransitionError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409,
    message: string,
    readonly allowed?: WorkflowStatus[],
  ) {
    super(message)
  }
}

type WorkflowDoc = {
  id: NewsItem['id']
  workflowStatus?: WorkflowStatus | null
  organization?: unknown
  _status?: 'draft' | 'published' | null
  updatedAt?: string
}

/** Moves that put the reviewed text forward: they must act on exactly the version that was reviewed. */
const REVIEWED_MOVES: readonly WorkflowStatus[] = ['approved', 'scheduled', 'published']

/**
 * Moves a document from its current state to `to` for the user on `req`: the document must be
 * readable by them (else 404), the move must exist (else 409 naming the legal targets), and be
 * theirs to make (else 403). The write goes through the Local API with `overrideAccess: false`,
 * so collection access still applies; only the workflow fields are opened, by context.
 */
export async function applyTransition(req: PayloadRequest, request: TransitionRequest) {
  const user = asNewsroomUser(req.user)
  if (!user) throw new TransitionError(401, 'Log in to change the workflow state.')
  const { payload } = req

  const doc = (await payload
    .findByID({ collection: request.collection, id: request.id, draft: true, depth: 0, overrideAccess: false, req })
    .catch(() => null)) as WorkflowDoc | null
  if (!doc) throw new TransitionError(404, `No ${request.collection} document ${request.id} that you can see.`)

  const latest = doc.workflowStatus ?? 'draft'
  // A retraction is always possible while the document is live, whatever a pending draft says:
  // the live version is what the public reads, and it is 'published'.
  const from: WorkflowStatus = request.to === 'archived' && (await isLive(req, request.collection, doc.id)) ? 'published' : latest
  const role = await roleOnDocument(req, user.role, doc.organization)
  const decision = decideTransition(from, request.to, role ?? 'editor')
  if (!decision.ok && decision.reason === 'illegal') {
    throw new TransitionError(409, `A document in "${from}" cannot move to "${request.to}".`, decision.allowed)
  }
  if (!role || !decision.ok) {
    throw new TransitionError(403, `You may not move this document from "${from}" to "${request.to}".`, decision.ok ? [] : decision.allowed)
  }
  const { transition } = decision
  if (transition.commentRequired && !request.comment?.trim()) {
    throw new TransitionError(400, 'A comment is required: say what has to change.')
  }
  if (transition.publishAtRequired && (!request.publishAt || request.publishAt.getTime() <= Date.now())) {
    throw new TransitionError(400, '"publishAt" must be a date in the future (ISO 8601).')
  }

  if (request.seen && REVIEWED_MOVES.includes(request.to) && new Date(doc.updatedAt ?? 0).getTime() !== request.seen.getTime()) {
    throw new TransitionError(409, 'The document changed after you opened it: reload it and review the current text before this step.')
  }

  return writeTransition(req, {
    collection: request.collection,
    id: doc.id,
    organization: doc.organization,
    from,
    to: request.to,
    comment: request.comment,
    publishAt: request.publishAt,
    overrideAccess: false,
  })
}

/**
 * The role a user plays on one document: their own role when the document is in their scope,
 * `null` when it is not (they may be able to read it, published, but not move it).
 */
async function roleOnDocument(req: PayloadRequest, role: Role, organization: unknown): Promise<Role | null> {
  const scope = await userScope(req)
  return scopeIncludes(scope, organization) ? role : null
}
