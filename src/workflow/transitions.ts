import type { Role } from '@/access/roles'
import type { WorkflowStatus } from '@/config/editorial'

/**
 * Who acts on a document (a `Role`): its owning organization's editors, or a supervisor or admin
 * whose scope covers it. Scope itself is checked before a transition is looked up.
 */

export type TransitionName = 'submit' | 'request_changes' | 'approve' | 'publish' | 'schedule' | 'cancel_schedule' | 'unpublish'

type Transition = {
  name: TransitionName
  from: readonly WorkflowStatus[]
  to: WorkflowStatus
  roles: readonly Role[]
  commentRequired?: boolean
  publishAtRequired?: boolean
}

const REVIEWERS = ['supervisor', 'admin'] as const

/** The table in the README's "Roles and workflow" section, as data. */
export const TRANSITIONS: readonly Transition[] = [
  { name: 'submit', from: ['draft', 'changes_requested'], to: 'in_review', roles: ['editor', ...REVIEWERS] },
  { name: 'request_changes', from: ['in_review'], to: 'changes_requested', roles: REVIEWERS, commentRequired: true },
  { name: 'approve', from: ['in_review'], to: 'approved', roles: REVIEWERS },
  {
    name: 'publish',
    from: ['approved', 'draft', 'in_review', 'changes_requested'],
    to: 'published',
    roles: REVIEWERS,
  },
  { name: 'schedule', from: ['approved'], to: 'scheduled', roles: REVIEWERS, publishAtRequired: true },
  { name: 'cancel_schedule', from: ['scheduled'], to: 'approved', roles: REVIEWERS },
  { name: 'unpublish', from: ['published'], to: 'archived', roles: REVIEWERS },
]

export type TransitionDecision =
  | { ok: true; transition: Transition }
  | { ok: false; reason: 'illegal'; allowed: WorkflowStatus[] }
  | { ok: false; reason: 'forbidden'; allowed: WorkflowStatus[] }

/** The states reachable from `from`, whoever acts. */
export function legalTargets(from: WorkflowStatus): WorkflowStatus[] {
  return TRANSITIONS.filter((t) => t.from.includes(from)).map((t) => t.to)
}

/** The states this role may move a document to from `from`. */
export function allowedTargets(from: WorkflowStatus, role: Role): WorkflowStatus[] {
  return TRANSITIONS.filter((t) => t.from.includes(from) && t.roles.includes(role)).map((t) => t.to)
}

/** 409 when no transition leads from `from` to `to`; 403 when one does but not for this role. */
export function decideTransition(from: WorkflowStatus, to: WorkflowStatus, role: Role): TransitionDecision {
  const transition = TRANSITIONS.find((t) => t.from.includes(from) && t.to === to)
  if (!transition) return { ok: false, reason: 'illegal', allowed: legalTargets(from) }
  if (!transition.roles.includes(role)) return { ok: false, reason: 'forbidden', allowed: allowedTargets(from, role) }
  return { ok: true, transition }
}

/**
 * What reaching a state does to the document, beside setting `workflowStatus`: a row per state
 * that touches the live version or the schedule. `draft: false` writes the stored (public) version.
 */
const STATE_EFFECTS: Partial<Record<WorkflowStatus, { data: Record<string, unknown>; draft: boolean }>> = {
  published: { data: { _status: 'published', publishAt: null }, draft: false },
  archived: { data: { _status: 'draft' }, draft: false },
}

/** The write a transition makes: its state's effects, the planned time when scheduling, none left when leaving the schedule. */
export function effectsOf(from: WorkflowStatus, to: WorkflowStatus, publishAt?: Date): { data: Record<string, unknown>; draft: boolean } {
  const effect = STATE_EFFECTS[to] ?? { data: {}, draft: true }
  const data: Record<string, unknown> = { workflowStatus: to, ...effect.data }
  if (to === 'scheduled') data.publishAt = publishAt!.toISOString()
  else if (from === 'scheduled' && !('publishAt' in data)) data.publishAt = null
  return { data, draft: effect.draft }
}
