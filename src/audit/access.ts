import type { Access } from 'payload'

import { asNewsroomUser } from '@/access/roles'
import { scopeWhere, userScope } from '@/access/scope'

/**
 * Admins read the whole log; a supervisor reads what happened inside their scope; editors and
 * anonymous readers nothing. A query constraint, so lists and counts are filtered by the database.
 */
export const readAuditLog: Access = async ({ req }) => {
  const user = asNewsroomUser(req.user)
  if (!user || user.role === 'editor') return false
  return scopeWhere(await userScope(req))
}
