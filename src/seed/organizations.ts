import type { Payload } from 'payload'

import type { Organization } from '@/payload-types'
import provinces from './data/provinces.json'

type LocalizedName = { fa: string; en: string }
type OrganizationSeed = {
  slug: string
  type: Organization['type']
  name: LocalizedName
  center?: LocalizedName
  parent?: Organization['id']
}

/** The ministry, the 31 provinces and the demo offices, created once and found by slug after. */
export async function seedOrganizations(payload: Payload): Promise<Map<string, Organization>> {
  const bySlug = new Map<string, Organization>()
  const ministry = await upsertOrganization(payload, { ...provinces.ministry, type: 'ministry' })
  bySlug.set(ministry.slug!, ministry)
  for (const province of provinces.provinces) {
    const doc = await upsertOrganization(payload, { ...province, type: 'province', parent: ministry.id })
    bySlug.set(doc.slug!, doc)
  }
  for (const office of provinces.demoOffices) {
    const parent = bySlug.get(office.parent)
    if (!parent) throw new Error(`Seed data: office ${office.slug} names unknown parent ${office.parent}`)
    const doc = await upsertOrganization(payload, {
      slug: office.slug,
      name: office.name,
      type: office.type as Organization['type'],
      parent: parent.id,
    })
    bySlug.set(doc.slug!, doc)
  }
  return bySlug
}

async function upsertOrganization(payload: Payload, seed: OrganizationSeed): Promise<Organization> {
  const existing = await payload.find({
    collection: 'organizations',
    where: { slug: { equals: seed.slug } },
    limit: 1,
    depth: 0,
  })
  if (existing.docs[0]) return existing.docs[0]
  const created = await payload.create({
    collection: 'organizations',
    locale: 'fa',
    depth: 0,
    data: {
      slug: seed.slug,
      type: seed.type,
      name: seed.name.fa,
      center: seed.center?.fa,
      parent: seed.parent,
    },
  })
  return payload.update({
    collection: 'organizations',
    id: created.id,
    locale: 'en',
    depth: 0,
    data: { name: seed.name.en, center: seed.center?.en },
  })
}
