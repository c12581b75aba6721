import type { Payload } from 'payload'

import type { Category } from '@/payload-types'

/** The shared categories every province files under (the benchmark asks for their lists too). */
export const CATEGORIES = [
  { slug: 'economy', fa: 'اقتصادی', en: 'Economy' },
  { slug: 'culture', fa: 'فرهنگی', en: 'Culture' },
  { slug: 'crisis-management', fa: 'مدیریت بحران', en: 'Crisis management' },
  { slug: 'civil-services', fa: 'خدمات شهری', en: 'Civil services' },
  { slug: 'health', fa: 'سلامت', en: 'Health' },
]

export async function seedCategories(payload: Payload): Promise<Map<string, Category>> {
  const bySlug = new Map<string, Category>()
  for (const category of CATEGORIES) {
    const existing = await payload.find({
      collection: 'categories',
      where: { slug: { equals: category.slug } },
      limit: 1,
      depth: 0,
    })
    let doc = existing.docs[0]
    if (!doc) {
      doc = await payload.create({
        collection: 'categories',
        locale: 'fa',
        depth: 0,
        data: { slug: category.slug, title: category.fa },
      })
      await payload.update({ collection: 'categories', id: doc.id, locale: 'en', data: { title: category.en } })
    }
    bySlug.set(category.slug, doc)
  }
  return bySlug
}
