import type { PayloadRequest, Where } from 'payload'

import { asNewsroomUser } from './roles'
import { relationId } from './relationId'

export type OrganizationId = number | string

/** `all` for admins; otherwise the organizations a user may act for. */
export type Scope = 'all' | OrganizationId[]

/**
 * The organizations a user acts for: an admin all of them; a supervisor their organization and
 * every organization below it; an editor only their own. Computed once per request and kept on
 * `req.context`, because list views call several access functions per request.
 */
export async function userScope(req: PayloadRequest): Promise<Scope> {
  const user = asNewsroomUser(req.user)
  if (!user) return []
  if (user.role === 'admin') return 'all'
  const cached = req.context.newsroomScope
  if (cached) return cached

  const own = relationId(user.organization)
  let scope: OrganizationId[] = own === null ? [] : [own]
  if (user.role === 'supervisor' && own !== null) {
    scope = await withDescendants(req, own)
  }
  req.context.newsroomScope = scope
  return scope
}

/** Walks down the hierarchy level by level; the tree is ministry → province → office, so two or three queries. */
export async function withDescendants(req: PayloadRequest, root: OrganizationId): Promise<OrganizationId[]> {
  const found = new Set<string>([String(root)])
  const all: OrganizationId[] = [root]
  let frontier: OrganizationId[] = [root]
  while (frontier.length > 0) {
    const children = await req.payload.find({
      collection: 'organizations',
      where: { parent: { in: frontier } },
      depth: 0,
      limit: 0,
      pagination: false,
      select: { slug: true },
      overrideAccess: true,
      req,
    })
    frontier = children.docs.map((doc) => doc.id).filter((id) => !found.has(String(id)))
    frontier.forEach((id) => {
      found.add(String(id))
      all.push(id)
    })
  }
  return all
}

/**
 * A scope as a query constraint: `true` (no constraint) for `'all'`, otherwise documents whose
 * `field` (by default `organization`) is one of the scope's organizations. The one way the access
 * rules, hooks and features turn a scope into a `where`, so the database does the filtering.
 */
export function scopeWhere(scope: OrganizationId[], field?: string): Where
export function scopeWhere(scope: Scope, field?: string): Where | true
export function scopeWhere(scope: Scope, field = 'organization'): Where | true {
  return scope === 'all' ? true : { [field]: { in: scope } }
}

export function scopeIncludes(scope: Scope, organization: unknown): boolean {
  if (scope === 'all') return true
  const id = relationId(organization as Parameters<typeof relationId>[0])
  return id !== null && scope.some((candidate) => String(candidate) === String(id))
}

/**
 * The scope a document lives in: the subtree of the province (or the ministry) that owns it, the
 * same organizations a supervisor of that province covers. Walks up the short tree to find it.
 */
export async function documentScope(req: PayloadRequest, organization: unknown): Promise<OrganizationId[]> {
  let id = relationId(organization as Parameters<typeof relationId>[0])
  if (id === null) return []
  for (let depth = 0; depth < 5; depth++) {
    const org = await req.payload
      .findByID({ collection: 'organizations', id, depth: 0, overrideAccess: true, req, select: { type: true, parent: true } })
      .catch(() => null)
    if (!org) return []
    const parent = relationId(org.parent as Parameters<typeof relationId>[0])
    if (org.type === 'province' || org.type === 'ministry' || parent === null) return withDescendants(req, org.id)
    id = parent
  }
  return []
}

/**
 * The organizations whose documents' scope holds `organization` (see documentScope): the ones
 * of its own province tree, and those above its province (the ministry, whose scope is every
 * organization). What may make a file of `organization` public, asked from the file's side.
 */
export async function scopesHolding(req: PayloadRequest, organization: unknown): Promise<OrganizationId[]> {
  const own = await documentScope(req, organization)
  if (own.length === 0) return []
  const above: OrganizationId[] = []
  let id = relationId(organization as Parameters<typeof relationId>[0])
  for (let depth = 0; id !== null && depth < 5; depth++) {
    const org = await req.payload
      .findByID({ collection: 'organizations', id, depth: 0, overrideAccess: true, req, select: { parent: true } })
      .catch(() => null)
    if (!org) break
    if (!own.some((candidate) => String(candidate) === String(org.id))) above.push(org.id)
    id = relationId(org.parent as Parameters<typeof relationId>[0])
  }
  return [...own, ...above]
}
