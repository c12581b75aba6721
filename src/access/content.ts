import type { Access, FieldHook, Where } from 'payload'
import { Forbidden } from 'payload'

import { asNewsroomUser } from './roles'
import { relationId } from './relationId'
import { scopeIncludes, scopeWhere, userScope } from './scope'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * What the public may read right now: published, and for press releases not under embargo.
 * Evaluated per request, so an embargoed release appears by itself when its time comes.
 */
export function publicConstraint(options: { embargo?: boolean } = {}): Where {
  if (!options.embargo) return PUBLISHED
  return {
    and: [PUBLISHED, { or: [{ embargoUntil: { equals: null } }, { embargoUntil: { less_than_equal: new Date().toISOString() } }] }],
  }
}

/** Anonymous readers see public documents; signed-in staff also see everything in their scope. */
export const publishedOrInScope =
  (options: { embargo?: boolean } = {}): Access =>
  async ({ req }) => {
    const user = asNewsroomUser(req.user)
    if (!user) return publicConstraint(options)
    const inScope = scopeWhere(await userScope(req))
    return inScope === true ? true : { or: [publicConstraint(options), inScope] }
  }

/** Only staff, and only for documents owned inside their scope: a query constraint, so lists are filtered by the database. */
export const inScope: Access = async ({ req }) => {
  if (!asNewsroomUser(req.user)) return false
  return scopeWhere(await userScope(req))
}

/** Version history of documents in scope (version documents keep their fields under `version`). */
export const versionsInScope: Access = async ({ req }) => {
  if (!asNewsroomUser(req.user)) return false
  return scopeWhere(await userScope(req), 'version.organization')
}

/** Creating for an organization outside one's scope is refused outright (403), never rewritten. */
export const createInScope: Access = async ({ req, data }) => {
  if (!asNewsroomUser(req.user)) return false
  const scope = await userScope(req)
  if (scope === 'all') return true
  if (data?.organization === undefined || data?.organization === null) return true
  return scopeIncludes(scope, data.organization)
}

/**
 * Field hook for `organization`: moving a document to an organization outside the actor's scope
 * is a 403. Access functions cannot see the new value on update, so the check lives here.
 */
export const organizationWithinScope: FieldHook = async ({ value, previousValue, req, operation }) => {
  if (!asNewsroomUser(req.user)) return value
  if (operation === 'update' && String(relationId(value)) === String(relationId(previousValue))) return value
  const scope = await userScope(req)
  if (value !== undefined && value !== null && !scopeIncludes(scope, value)) {
    throw new Forbidden(req.t)
  }
  return value
}

/**
 * Field hook for a list of organizations a document reaches out to (a campaign's target
 * provinces, whose portals then show it): each one a write adds must be inside the actor's
 * scope, or the write is a 403. The ministry's campaigns reach every province; a province's own
 * reach only its own. One already in the list stays, whoever added it.
 */
export const addedOrganizationsWithinScope: FieldHook = async ({ value, previousValue, operation, req }) => {
  if (!asNewsroomUser(req.user) || !Array.isArray(value)) return value
  // A create adds every one, a duplicate too (Payload gives it the original's list as the previous value).
  const previous = operation === 'update' && Array.isArray(previousValue) ? previousValue : []
  const before = new Set(previous.map((item) => String(relationId(item))))
  const added = value.filter((item) => !before.has(String(relationId(item))))
  if (added.length === 0) return value
  const scope = await userScope(req)
  if (added.some((item) => !scopeIncludes(scope, item))) throw new Forbidden(req.t)
  return value
}
