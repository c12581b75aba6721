import type { CollectionBeforeValidateHook, CollectionSlug, Field, PayloadRequest, Where } from 'payload'
import { ValidationError } from 'payload'

import { slugify } from '@/lib/persian'

/** The `slug` field: unique, indexed, shown in the sidebar; filled by `ensureSlug`. */
export const slugField = (): Field => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  maxLength: 160,
  label: { fa: 'نامک (نشانی)', en: 'Slug' },
  admin: {
    position: 'sidebar',
    description: {
      fa: 'از عنوان ساخته می‌شود و پس از انتشار تغییر نمی‌کند.',
      en: 'Made from the title; permanent once published.',
    },
  },
})

type SluggedDoc = { id?: number | string; slug?: string | null; publishedAt?: string | null }

/**
 * Gives every document a unique, canonical slug. An empty slug is made from the title (Persian
 * letters kept); a given slug is canonicalized. Once a document has been published its slug is
 * permanent: links in the wild must keep working, so a change is refused with a 400.
 */
export const ensureSlug =
  (sourceField = 'title'): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req, collection }) => {
    if (!data) return data
    const original = originalDoc as SluggedDoc | undefined
    const requested = typeof data.slug === 'string' ? slugify(data.slug) : ''

    if (original?.slug && original.publishedAt) {
      if (requested && requested !== original.slug) {
        throw new ValidationError({
          collection: collection.slug,
          errors: [
            {
              path: 'slug',
              message: 'نامک محتوای منتشرشده تغییر نمی‌کند. / The slug of published content is permanent.',
            },
          ],
        })
      }
      return { ...data, slug: original.slug }
    }

    if (requested) {
      return { ...data, slug: await uniqueSlug(req, collection.slug, requested, original?.id) }
    }
    if (original?.slug && data.slug === undefined) return data

    const source = data[sourceField]
    const base = (typeof source === 'string' && slugify(source)) || fallbackSlug(collection.slug)
    return { ...data, slug: await uniqueSlug(req, collection.slug, base, original?.id) }
  }

/** Documents saved without a title yet (early autosaves) still need a unique slug. */
function fallbackSlug(collection: string): string {
  return `${collection}-${Date.now().toString(36)}`
}

async function uniqueSlug(
  req: PayloadRequest,
  collection: CollectionSlug,
  base: string,
  ownId: number | string | undefined,
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`
    const where: Where = { slug: { equals: candidate } }
    if (ownId !== undefined) where.id = { not_equals: ownId }
    // A system check on a global constraint: it must see documents outside the actor's scope.
    const taken = await req.payload.count({ collection, where, overrideAccess: true, req })
    if (taken.totalDocs === 0) return candidate
  }
}
