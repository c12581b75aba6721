import type { FieldAccess } from 'payload'

import { asNewsroomUser, isEditor } from '@/access/roles'

/**
 * Fields the desk's workflow owns (state, deadline, assignee, grounds, referral, complaint): set by
 * the system (the public filing, the deadline hook) or inside a transition, never by a plain save,
 * as the editorial workflow's fields are. A person's value for them is dropped.
 */
export const onlyThroughTransitions: FieldAccess = ({ req }) => !req.user || req.context.foiTransition === true

/** The requester's personal data: staff only (the collection's own rule narrows them to their scope). */
export const staffOnly: FieldAccess = ({ req }) => Boolean(asNewsroomUser(req.user))

export const PERSONAL_FIELDS = ['name', 'email', 'phone'] as const

/**
 * The requester's consent to publish their question and answer (the public log): given when the
 * request is filed (by the citizen on the portal, or by staff entering a request received on
 * paper), never changed afterwards by a save: a desk that could tick it would publish a request
 * whose requester said no.
 */
export const setOnlyWhenFiled: FieldAccess = ({ req }) => !req.user

/**
 * Whether the request concerns environmental or public-health hazards, which the law never lets
 * the desk refuse. Staff may flag a request; once flagged, only a supervisor in scope or an admin
 * takes the flag away, else the editor who drafts the answer could untick it and refuse.
 */
export const flagClearedBySupervisors: FieldAccess = ({ req, doc }) =>
  !isEditor(req.user) || (doc as { hazardInformation?: boolean | null } | undefined)?.hazardInformation !== true
