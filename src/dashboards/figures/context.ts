import type { PayloadRequest, Where } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import { asNewsroomUser, type Role } from '@/access/roles'
import { scopeWhere, userScope, type Scope } from '@/access/scope'
import { lastDays, type DayKey } from '@/lib/dates'
import type { User } from '@/payload-types'

export type Names = { fa: string; en: string }
/** An organization in the user's scope, and the group it is counted under on the charts. */
export type ScopedOrganization = { id: string; name: Names; type: string; group: string }

/**
 * What every figure of one dashboard shares: who asks, their scope (computed once, src/access),
 * the organizations in it, the last 30 days of the organization's calendar, and the clock. The
 * admin's charts group organizations by province (the ministry compares provinces); a
 * supervisor's and an editor's by organization.
 */
export type DashboardContext = {
  req: PayloadRequest
  user: User
  role: Role
  scope: Scope
  /** `scopeWhere(scope)`: `true` for the admin. */
  inScope: (field?: string) => Where | true
  organizations: ScopedOrganization[]
  groups: Array<{ id: string; name: Names }>
  days: Array<{ day: DayKey; from: Date; to: Date }>
  timeZone: string
  now: Date
  /** The content locale titles are read in. */
  locale: 'fa' | 'en'
}

export const WINDOW_DAYS = 30

export type DashboardOptions = { now: Date; timeZone: string; locale?: 'fa' | 'en' }

export async function dashboardContext(req: PayloadRequest, { now, timeZone, locale = 'fa' }: DashboardOptions): Promise<DashboardContext> {
  const user = asNewsroomUser(req.user)
  if (!user) throw new Error('dashboardContext: a signed-in user is required')
  const scope = await userScope(req)
  // The organization tree is a short vocabulary (the ministry, 31 provinces, their offices).
  const found = await req.payload.find({
    collection: 'organizations',
    where: scope === 'all' ? {} : { id: { in: scope } },
    select: { name: true, type: true, parent: true },
    locale: 'all',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const names = (value: unknown): Names => {
    const localized = (value ?? {}) as Partial<Names>
    return { fa: localized.fa ?? localized.en ?? '', en: localized.en ?? localized.fa ?? '' }
  }
  const byId = new Map(found.docs.map((doc) => [String(doc.id), doc]))
  const organizations = found.docs.map((doc): ScopedOrganization => {
    const parent = relationId(doc.parent as RelationValue)
    const group =
      user.role === 'admin' && doc.type !== 'province' && doc.type !== 'ministry' && parent !== null ? String(parent) : String(doc.id)
    return { id: String(doc.id), name: names(doc.name), type: String(doc.type), group }
  })
  const groupIds = [...new Set(organizations.map((organization) => organization.group))]
  const groups = groupIds.map((id) => ({ id, name: names(byId.get(id)?.name) })).sort((a, b) => a.name.fa.localeCompare(b.name.fa, 'fa'))
  return {
    req,
    user,
    role: user.role,
    scope,
    inScope: (field?: string) => scopeWhere(scope, field),
    organizations,
    groups,
    days: lastDays(WINDOW_DAYS, now, timeZone),
    timeZone,
    now,
    locale,
  }
}

/** `and` of constraints, leaving out the admin's `true`. */
export function allOf(...constraints: Array<Where | true | undefined>): Where {
  const parts = constraints.filter((constraint): constraint is Where => Boolean(constraint) && constraint !== true)
  return parts.length === 1 ? parts[0]! : { and: parts }
}
