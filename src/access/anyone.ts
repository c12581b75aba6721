import type { Access } from 'payload'

import { asNewsroomUser, isAdmin } from './roles'

export const anyone: Access = () => true

export const signedIn: Access = ({ req }) => Boolean(asNewsroomUser(req.user))

export const adminOnly: Access = ({ req }) => isAdmin(req.user)

/** For records only the system writes (with `overrideAccess`): nobody, admins included, may. */
export const nobody: Access = () => false
