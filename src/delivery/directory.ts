import type { Payload, PayloadRequest } from 'payload'

import type { Organization } from '@/payload-types'
import { deliveryCache, MAX_AGE_SECONDS } from './cache'
import type { Locale } from './params'

export type OrganizationInfo = {
  id: Organization['id']
  slug: string
  type: Organization['type']
  name: Record<Locale, string>
  parent: Organization['id'] | null
  /** The province this organization is, or is under (null for the ministry). */
  province: string | null
  foiUrl: string | null
}

export type Directory = { bySlug: Record<string, OrganizationInfo>; byId: Record<string, OrganizationInfo> }

type LocalizedOrganization = Omit<Organization, 'name'> & { name?: Partial<Record<Locale, string>> | string }

/**
 * The organization tree, read once (a few dozen rows) and kept with the delivery cache: every
 * answer needs a province's offices and every document its organization's name and province.
 */
export async function organizationDirectory(payload: Payload): Promise<Directory> {
  const answer = await deliveryCache().get(
    'directory',
    () => readDirectory(payload),
    async () => Date.now() + MAX_AGE_SECONDS * 1000,
  )
  return answer.value
}

/**
 * The organization tree as the public reads it, uncached. With `req`, inside that request's
 * transaction: answers stored during a write (an organization renamed, say) see the new names.
 */
export async function readDirectory(payload: Payload, req?: PayloadRequest): Promise<Directory> {
  const found = await payload.find({
    collection: 'organizations',
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    select: { name: true, slug: true, type: true, parent: true, foiUrl: true },
    req,
  })
  const docs = found.docs as unknown as LocalizedOrganization[]
  const byId: Record<string, OrganizationInfo> = {}
  for (const doc of docs) {
    const name = typeof doc.name === 'object' && doc.name ? doc.name : { fa: String(doc.name ?? '') }
    byId[String(doc.id)] = {
      id: doc.id,
      slug: doc.slug ?? String(doc.id),
      type: doc.type,
      name: { fa: name.fa ?? name.en ?? '', en: name.en ?? name.fa ?? '' },
      parent: (doc.parent as Organization['id'] | null) ?? null,
      province: null,
      foiUrl: doc.foiUrl ?? null,
    }
  }
  for (const info of Object.values(byId)) info.province = provinceOf(info, byId)
  const bySlug = Object.fromEntries(Object.values(byId).map((info) => [info.slug, info]))
  return { bySlug, byId }
}

function provinceOf(info: OrganizationInfo, byId: Record<string, OrganizationInfo>): string | null {
  let current: OrganizationInfo | undefined = info
  for (let depth = 0; current && depth < 10; depth++) {
    if (current.type === 'province') return current.slug
    current = current.parent === null ? undefined : byId[String(current.parent)]
  }
  return null
}

/** A province and every organization under it. */
export function provinceScope(directory: Directory, province: OrganizationInfo): Array<Organization['id']> {
  return Object.values(directory.byId)
    .filter((info) => info.province === province.slug)
    .map((info) => info.id)
}

/** An organization and those above it, nearest first: whose names and slugs its documents' answers show. */
export function organizationChain(directory: Directory, id: Organization['id']): Array<Organization['id']> {
  const chain: Array<Organization['id']> = []
  let current: OrganizationInfo | undefined = directory.byId[String(id)]
  for (let depth = 0; current && depth < 10; depth++) {
    chain.push(current.id)
    current = current.parent === null ? undefined : directory.byId[String(current.parent)]
  }
  return chain
}
