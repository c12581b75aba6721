import type { Access, FieldAccess } from 'payload'

import { asNewsroomUser } from '@/access/roles'

/** Everyone, admins included, sees and marks only their own notifications. */
export const ownNotifications: Access = ({ req }) => {
  const user = asNewsroomUser(req.user)
  return user ? { recipient: { equals: user.id } } : false
}

/** Field-level: a recipient may mark a notification read, never rewrite what it says. */
export const unchangeable: FieldAccess = () => false
