import type { Access, Where } from 'payload'

import { asNewsroomUser } from '@/access/roles'
import { scopeWhere, userScope } from '@/access/scope'

/**
 * Admins see every account; a supervisor sees their own and the accounts inside their scope;
 * an editor only their own. Returned as query constraints so lists and counts are filtered too.
 */
export const canReadOrUpdateUsers: Access = async ({ req }) => {
  const user = asNewsroomUser(req.user)
  if (!user) return false
  if (user.role === 'admin') return true
  if (user.role === 'supervisor') {
    const inScope = scopeWhere(await userScope(req))
    if (inScope === true) return true
    const ownOrInScope: Where = { or: [{ id: { equals: user.id } }, inScope] }
    return ownOrInScope
  }
  return { id: { equals: user.id } }
}

export const canCreateUsers: Access = ({ req }) => {
  const role = asNewsroomUser(req.user)?.role
  return role === 'admin' || role === 'supervisor'
}

/** Supervisors may remove editors inside their scope, never other supervisors or admins. */
export const canDeleteUsers: Access = async ({ req }) => {
  const user = asNewsroomUser(req.user)
  if (!user) return false
  if (user.role === 'admin') return true
  if (user.role !== 'supervisor') return false
  const inScope = scopeWhere(await userScope(req))
  if (inScope === true) return true
  const editorsInScope: Where = { and: [inScope, { role: { equals: 'editor' } }] }
  return editorsInScope
}

/**
 * `POST /api/users/unlock`: admins, and supervisors for the editors they manage. Payload combines
 * this constraint with the email, so an account outside it and an unknown email get the same 403:
 * the answer never tells whether an address has an account. Editors are always refused.
 */
export const canUnlockUsers: Access = (args) => canDeleteUsers(args)
