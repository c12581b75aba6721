import type { Access, Where } from 'payload'

import { publicConstraint } from '@/access/content'
import { asNewsroomUser } from '@/access/roles'
import { scopeWhere, userScope } from '@/access/scope'

const PUBLISHED: Where = publicConstraint()

/**
 * Campaigns are read by the public once published, by staff in the owning scope, and by staff of
 * every province a campaign targets (a national campaign is visible to each province it runs in).
 */
export const readCampaigns: Access = async ({ req }) => {
  if (!asNewsroomUser(req.user)) return PUBLISHED
  const scope = await userScope(req)
  if (scope === 'all') return true
  return {
    or: [PUBLISHED, scopeWhere(scope), scopeWhere(scope, 'provinces')],
  }
}
