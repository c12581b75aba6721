import type { PayloadRequest } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import { scopeWhere, type OrganizationId } from '@/access/scope'
import type { User } from '@/payload-types'

/**
 * The supervisors whose scope covers an organization: those of the organization itself and of
 * every organization above it (a county office is covered by its province's supervisors).
 */
export async function supervisorsCovering(req: PayloadRequest, organization: RelationValue): Promise<User[]> {
  const own = relationId(organization)
  if (own === null) return []
  const found = await req.payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'supervisor' } }, scopeWhere(await withAncestors(req, own))] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs
}

/** Walks `parent` up to the ministry: two or three reads. Stops on a cycle rather than looping. */
async function withAncestors(req: PayloadRequest, start: OrganizationId): Promise<OrganizationId[]> {
  const chain: OrganizationId[] = []
  let current: OrganizationId | null = start
  while (current !== null && !chain.some((id) => String(id) === String(current))) {
    chain.push(current)
    const organization = await req.payload
      .findByID({ collection: 'organizations', id: current, depth: 0, select: { parent: true }, overrideAccess: true, req })
      .catch(() => null)
    current = relationId(organization?.parent)
  }
  return chain
}

/** The account behind a relationship value, if it still exists. */
export async function userOf(req: PayloadRequest, value: RelationValue): Promise<User | null> {
  const id = relationId(value)
  if (id === null) return null
  return req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req }).catch(() => null)
}
