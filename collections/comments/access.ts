import type { Access } from 'payload'

import { asNewsroomUser } from '@/access/roles'
import { scopeWhere, userScope } from '@/access/scope'

/** Comments are internal: staff read those on documents of organizations in their scope. */
export const canReadComments: Access = async ({ req }) => {
  if (!asNewsroomUser(req.user)) return false
  return scopeWhere(await userScope(req))
}

export const ownCommentOrAdmin: Access = ({ req }) => {
  const user = asNewsroomUser(req.user)
  if (!user) return false
  return user.role === 'admin' ? true : { author: { equals: user.id } }
}
