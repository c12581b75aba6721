import type { PayloadRequest } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import type { Organization } from '@/payload-types'

/** ministry → province → county office or municipality: a province is never more than this far up. */
const MAX_LEVELS = 4

export type Province = Pick<Organization, 'id' | 'slug'>

/**
 * The province a document belongs to: its organization if that is a province, else the nearest
 * ancestor that is. `null` for the ministry (national campaigns) or a broken chain. Read as the
 * system with depth 0, inside the write's transaction.
 */
export async function provinceOf(req: PayloadRequest, organization: RelationValue): Promise<Province | null> {
  let id = relationId(organization)
  for (let level = 0; id !== null && level < MAX_LEVELS; level++) {
    const org = await req.payload
      .findByID({
        collection: 'organizations',
        id,
        depth: 0,
        select: { slug: true, type: true, parent: true },
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    if (!org) return null
    if (org.type === 'province') return { id: org.id, slug: org.slug }
    id = relationId(org.parent)
  }
  return null
}
