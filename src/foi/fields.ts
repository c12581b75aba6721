import type { FieldAccess } from 'payload'

import { asNewsroomUser } from '@/access/roles'

/**
 * Fields the desk's workflow owns (state, deadline, assignee, grounds, referral, complaint): set by
 * the system (the public filing, the deadline hook) or inside a transition, never by a plain save,
 * as the editorial workflow's fields are. A person's value for them is dropped.
 */
export const onlyThroughTransitions: FieldAccess = ({ req }) => !req.user || req.context.foiTransition === true

/** The requester's personal data: staff only (the collection's own rule narrows them to their scope). */
export const staffOnly: FieldAccess = ({ req }) => Boolean(asNewsroomUser(req.user))

export const PERSONAL_FIELDS = ['name', 'email', 'phone'] as const
