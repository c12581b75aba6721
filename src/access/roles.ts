import type { User } from '@/payload-types'

export type Role = User['role']

export const ROLES: readonly Role[] = ['admin', 'supervisor', 'editor']

/** Anything Payload hands to access functions as `req.user`: ours is always a `users` document. */
type MaybeUser = { collection?: string; role?: unknown } | null | undefined

export function asNewsroomUser(user: MaybeUser): User | null {
  if (!user || (user.collection !== undefined && user.collection !== 'users')) return null
  return user as User
}

export function isAdmin(user: MaybeUser): boolean {
  return asNewsroomUser(user)?.role === 'admin'
}

export function isSupervisor(user: MaybeUser): boolean {
  return asNewsroomUser(user)?.role === 'supervisor'
}

export function isEditor(user: MaybeUser): boolean {
  return asNewsroomUser(user)?.role === 'editor'
}
