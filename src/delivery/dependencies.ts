import type { PayloadRequest } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import type { WorkflowCollection } from '@/config/editorial'
import type { Organization } from '@/payload-types'
import { organizationChain, type Directory } from './directory'

type DependencyDoc = {
  id: number | string
  organization?: RelationValue
  heroImage?: RelationValue
  gallery?: RelationValue[] | null
  attachments?: RelationValue[] | null
  categories?: RelationValue[] | null
  campaign?: RelationValue
  body?: unknown
}

/**
 * What each of `ids` links to, by id, in every locale: read as stored (as the system), because the
 * public read drops what the public may not see yet, and an image that becomes public later must
 * still find the answers that left it out.
 */
export async function readDependencies(
  req: PayloadRequest,
  collection: WorkflowCollection,
  ids: Array<number | string>,
  directory: Directory,
): Promise<Map<string, string[]>> {
  const found = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    locale: 'all',
    limit: ids.length,
    pagination: false,
    depth: 0,
    joins: false,
    overrideAccess: true,
    req,
  } as unknown as Parameters<PayloadRequest['payload']['find']>[0])
  return new Map(found.docs.map((doc) => [String(doc.id), dependenciesOf(doc as DependencyDoc, directory)]))
}

/**
 * Every document whose fields the answers show, as `collection:id`: the organization and those
 * above it (names, the province in URLs), images, files, categories, the campaign, and the images
 * and documents the body places or links to (in any locale: a linked document's page and title).
 */
export function dependenciesOf(doc: DependencyDoc, directory: Directory): string[] {
  const keys = new Set<string>()
  const add = (collection: string, value: RelationValue) => {
    const id = relationId(value)
    if (id !== null) keys.add(`${collection}:${id}`)
  }
  const organization = relationId(doc.organization) as Organization['id'] | null
  if (organization !== null) for (const id of organizationChain(directory, organization)) add('organizations', id)
  add('media', doc.heroImage)
  for (const image of doc.gallery ?? []) add('media', image)
  for (const file of doc.attachments ?? []) add('attachments', file)
  for (const category of doc.categories ?? []) add('categories', category)
  add('campaigns', doc.campaign)
  for (const linked of linkedIn(doc.body)) add(linked.relationTo, linked.value)
  return [...keys].sort()
}

type Linked = { relationTo: string; value: RelationValue }
type BodyNode = {
  type?: unknown
  relationTo?: unknown
  value?: RelationValue
  fields?: { linkType?: unknown; doc?: Partial<Linked> | null }
}

/** Upload and relationship nodes, and links to documents, anywhere in a Lexical body or in a body per locale. */
function linkedIn(value: unknown): Linked[] {
  if (!value || typeof value !== 'object') return []
  const node = value as BodyNode
  const own: Linked[] = []
  if ((node.type === 'upload' || node.type === 'relationship') && typeof node.relationTo === 'string') {
    own.push({ relationTo: node.relationTo, value: node.value })
  }
  const doc = node.type === 'link' && node.fields?.linkType === 'internal' ? node.fields.doc : null
  if (typeof doc?.relationTo === 'string') own.push({ relationTo: doc.relationTo, value: doc.value })
  return [...own, ...Object.values(value).flatMap(linkedIn)]
}
