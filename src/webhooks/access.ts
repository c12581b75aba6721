import type { Access, FieldAccess, FieldHook, PayloadRequest, Where } from 'payload'
import { Forbidden } from 'payload'

import { asNewsroomUser } from '@/access/roles'
import { relationId, type RelationValue } from '@/access/relationId'
import { scopeIncludes, scopeWhere, userScope } from '@/access/scope'

/**
 * Webhooks send the province's news to outside systems, so they are managed by those who publish
 * it: admins for every province (and for "all provinces"), a supervisor only for webhooks of a
 * province in their scope. Editors and the public see none. A query constraint, so lists, counts
 * and relationship population are filtered by the database.
 */
async function webhookConstraint(req: PayloadRequest, path: string): Promise<Where | boolean> {
  const user = asNewsroomUser(req.user)
  if (!user || user.role === 'editor') return false
  return scopeWhere(await userScope(req), path)
}

export const webhooksInScope: Access = ({ req }) => webhookConstraint(req, 'province')

/** Delivery rows follow their webhook: a supervisor reads the attempts of webhooks they manage. */
export const deliveriesInScope: Access = ({ req }) => webhookConstraint(req, 'webhook.province')

/**
 * A supervisor creates webhooks only for a province in their scope; one for all provinces (empty
 * province) or another province is refused (403). Without `data` Payload is only asking whether
 * to offer the Create button.
 */
export const createWebhook: Access = async ({ req, data }) => {
  const user = asNewsroomUser(req.user)
  if (!user || user.role === 'editor') return false
  const scope = await userScope(req)
  if (scope === 'all' || data === undefined) return true
  return scopeIncludes(scope, (data as { province?: RelationValue }).province)
}

/**
 * Field hook on `province`, for updates (access functions do not see the new value): moving a
 * webhook to another province, or to all provinces, is a 403 for a supervisor.
 */
export const provinceWithinScope: FieldHook = async ({ value, previousValue, req, operation }) => {
  const user = asNewsroomUser(req.user)
  if (!user) return value
  if (operation === 'update' && String(relationId(value as RelationValue)) === String(relationId(previousValue as RelationValue))) {
    return value
  }
  const scope = await userScope(req)
  if (scope !== 'all' && !scopeIncludes(scope, value)) throw new Forbidden(req.t)
  return value
}

/** The secret is write-only: no API returns it, to anyone. The delivery job reads it as the system. */
export const neverReadable: FieldAccess = () => false

/** Delivery rows are written by the delivery job only (with `overrideAccess`) and kept as they are. */
export const nobody: Access = () => false
