import type { CollectionBeforeChangeHook } from 'payload'
import { Forbidden } from 'payload'

import { asNewsroomUser } from '@/access/roles'
import { sameId } from '@/access/relationId'

/**
 * Roles are granted downward only: nobody raises their own role, a supervisor manages only
 * editors, and an editor changes neither role nor organization. Scope of the organization itself
 * is checked by the organization field's hook.
 */
export const guardRoleAndScope: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const actor = asNewsroomUser(req.user)
  if (!actor || actor.role === 'admin') return data

  const isSelf = operation === 'update' && sameId(originalDoc?.id, actor.id)
  const roleAfter = data.role ?? originalDoc?.role
  const roleChanged = operation === 'update' && data.role !== undefined && data.role !== originalDoc?.role

  if (isSelf) {
    const organizationChanged = data.organization !== undefined && !sameId(data.organization, originalDoc?.organization)
    if (roleChanged || organizationChanged) throw new Forbidden(req.t)
    return data
  }
  // Anyone else a non-admin touches must be, and stay, an editor.
  if (actor.role !== 'supervisor' || roleAfter !== 'editor' || originalDoc?.role === 'supervisor') {
    throw new Forbidden(req.t)
  }
  return data
}
