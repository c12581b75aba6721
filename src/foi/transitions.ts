import type { Role } from '@/access/roles'
import type { FoiStatus } from './vocabulary'

/**
 * The FOI desk's moves as data, like the editorial workflow's (src/workflow/transitions.ts): who
 * may move a request in their scope from where to where, and what each move must carry. Scope is
 * checked before a move is looked up.
 */

export type FoiRequirement =
  | 'comment'
  | 'assignee'
  | 'answer'
  | 'legalGround'
  | 'reason'
  | 'referredTo'
  | 'complaintOutcome'
  /** `complaintOutcome`, and one that finds for the requester: `upheld` or `partially_upheld`. */
  | 'upheldOutcome'

type FoiTransition = { from: readonly FoiStatus[]; to: FoiStatus; roles: readonly Role[]; requires?: readonly FoiRequirement[] }

const STAFF = ['editor', 'supervisor', 'admin'] as const
const SUPERVISORS = ['supervisor', 'admin'] as const
const RESPONSES = ['answered', 'partially_answered', 'refused', 'not_held', 'referred'] as const

export const FOI_TRANSITIONS: readonly FoiTransition[] = [
  { from: ['registered'], to: 'assigned', roles: SUPERVISORS, requires: ['assignee'] },
  // The question to the citizen is the comment; the clock stops until they reply.
  { from: ['registered', 'assigned'], to: 'clarification_requested', roles: STAFF, requires: ['comment'] },
  // The citizen's reply (recorded as the comment) restarts the clock: a new registration time and deadline.
  { from: ['clarification_requested'], to: 'registered', roles: STAFF, requires: ['comment'] },
  { from: ['assigned'], to: 'answered', roles: STAFF, requires: ['answer'] },
  { from: ['assigned'], to: 'partially_answered', roles: STAFF, requires: ['answer', 'legalGround', 'reason'] },
  { from: ['assigned'], to: 'refused', roles: STAFF, requires: ['legalGround', 'reason'] },
  { from: ['assigned'], to: 'not_held', roles: STAFF, requires: ['reason'] },
  { from: ['registered', 'assigned'], to: 'referred', roles: STAFF, requires: ['referredTo'] },
  { from: RESPONSES, to: 'closed', roles: STAFF },
  // A complaint to the Commission, once the desk has responded; its decision closes the request…
  { from: [...RESPONSES, 'closed'], to: 'complaint', roles: STAFF },
  { from: ['complaint'], to: 'closed', roles: STAFF, requires: ['complaintOutcome'] },
  // …or, when the Commission upheld it (in whole or in part), reopens it: the desk owes the answer
  // again, to an assignee the supervisor names, by a new deadline counted from the decision.
  { from: ['complaint'], to: 'assigned', roles: SUPERVISORS, requires: ['upheldOutcome', 'assignee'] },
]

export type FoiDecision = { ok: true; transition: FoiTransition } | { ok: false; reason: 'illegal' | 'forbidden'; allowed: FoiStatus[] }

export const foiLegalTargets = (from: FoiStatus): FoiStatus[] => FOI_TRANSITIONS.filter((t) => t.from.includes(from)).map((t) => t.to)

export const foiAllowedTargets = (from: FoiStatus, role: Role): FoiStatus[] =>
  FOI_TRANSITIONS.filter((t) => t.from.includes(from) && t.roles.includes(role)).map((t) => t.to)

/** 409 when no move leads from `from` to `to`; 403 when one does but not for this role. */
export function decideFoiTransition(from: FoiStatus, to: FoiStatus, role: Role): FoiDecision {
  const transition = FOI_TRANSITIONS.find((t) => t.from.includes(from) && t.to === to)
  if (!transition) return { ok: false, reason: 'illegal', allowed: foiLegalTargets(from) }
  if (!transition.roles.includes(role)) return { ok: false, reason: 'forbidden', allowed: foiAllowedTargets(from, role) }
  return { ok: true, transition }
}
