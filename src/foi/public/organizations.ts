import type { Payload } from 'payload'

export type FoiOrganization = { slug: string; name: string }

/** The organizations of a province a citizen may address, the province's own office first, for the portal's form (names in `locale`, Persian where none). */
export async function foiOrganizations(
  payload: Payload,
  provinceId: number | string,
  locale: 'fa' | 'en' = 'fa',
): Promise<FoiOrganization[]> {
  const found = await payload.find({
    collection: 'organizations',
    where: { or: [{ id: { equals: provinceId } }, { parent: { equals: provinceId } }] },
    select: { slug: true, name: true, type: true },
    sort: 'slug',
    locale,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs
    .sort((a, b) => Number(b.type === 'province') - Number(a.type === 'province'))
    .map((doc) => ({ slug: doc.slug ?? '', name: doc.name }))
}
