import type { Access } from 'payload'

import { asNewsroomUser } from '@/access/roles'
import { userScope } from '@/access/scope'

/** Comments are internal: staff read those on documents of organizations in their scope. */
export const canReadComments: Access = async ({ req }) => {
  if (!asNewsroomUser(req.user)) return false
  const scope = await userScope(req)
  return scope === 'all' ? true : { organization: { in: scope } }
}

export const ownCommentOrAdmin: Access = ({ req }) => {
  const user = asNewsroomUser(req.user)
  if (!user) return false
  return user.role === 'admin' ? true : { author: { equals: user.id } }
}
