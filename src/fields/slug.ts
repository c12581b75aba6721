import type { CollectionBeforeValidateHook, CollectionSlug, Field, PayloadRequest, Where } from 'payload'
import { ValidationError } from 'payload'

import { slugify } from '@/lib/persian'

/**
 * The `slug` field, indexed, shown in the sidebar; filled by `ensureSlug`. Collections everyone
 * reads (organizations, categories) keep it unique in the database. Content with drafts in scope
 * cannot: a unique index refuses, or ensureSlug would have to suffix, a new draft whose slug a
 * hidden draft of another province has, and the writer would learn that draft exists. There
 * ensureSlug keeps it unique among what the writer may see and what has been public.
 */
export const slugField = ({ uniqueInDatabase = true }: { uniqueInDatabase?: boolean } = {}): Field => ({
  name: 'slug',
  type: 'text',
  unique: uniqueInDatabase,
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

type SluggedDoc = { id?: number | string; slug?: string | null; publishedAt?: string | null; _status?: string | null }

/**
 * Gives every document a canonical slug no other document it could be confused with has. An
 * empty slug is made from the title (Persian letters kept); a given slug is canonicalized. Once a
 * document has been public its slug is permanent: links in the wild must keep working, so a
 * change is refused with a 400. Its first publication checks the slug again: a draft may share
 * its slug with another scope's hidden draft (see slugTaken), and whichever is published first
 * keeps it.
 */
export const ensureSlug =
  (sourceField = 'title'): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, operation, req, collection }) => {
    if (!data) return data
    // A duplicate is created with the document it copies as `originalDoc`: its slug is its own.
    const original = operation === 'update' ? (originalDoc as SluggedDoc | undefined) : undefined
    const requested = typeof data.slug === 'string' ? slugify(data.slug) : ''

    if (original?.slug && original.publishedAt && (await hasBeenPublic(req, collection.slug, original))) {
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

    const withSlug = async (base: string) => ({ ...data, slug: await uniqueSlug(req, collection.slug, base, original?.id) })
    if (requested) return withSlug(requested)
    if (original?.slug && data.slug === undefined) return data._status === 'published' ? withSlug(original.slug) : data
    const source = data[sourceField]
    return withSlug((typeof source === 'string' && slugify(source)) || fallbackSlug(collection.slug))
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
    if (!(await slugTaken(req, collection, candidate, ownId))) return candidate
  }
}

/**
 * Whether another document has the slug, as far as the writer may know. Where the database holds
 * slugs unique, every document counts (it would refuse a second one anyway; everyone reads those
 * collections). Elsewhere a document counts if the writer may read it, or if it is or was public
 * (its permanent slug has been seen): whether a draft the writer cannot read has the slug never
 * shows in the writer's own.
 */
async function slugTaken(req: PayloadRequest, collection: CollectionSlug, slug: string, ownId: number | string | undefined) {
  const others: Where = { and: [{ slug: { equals: slug } }, ...(ownId === undefined ? [] : [{ id: { not_equals: ownId } }])] }
  const count = async (where: Where, overrideAccess: boolean) =>
    (await req.payload.count({ collection, where, overrideAccess, req })).totalDocs > 0
  if (slugUniqueInDatabase(req, collection)) return count(others, true)
  if (req.user && (await count(others, false))) return true
  if (await count({ and: [others, { _status: { equals: 'published' } }] }, true)) return true
  // Taken down since: its slug stays with it, and comes back when it is published again.
  return publishedVersionAmong(req, collection, {
    and: [{ 'version.slug': { equals: slug } }, ...(ownId === undefined ? [] : [{ parent: { not_equals: ownId } }])],
  })
}

/** Whether the document has been public: it is, or one of its versions was published. */
async function hasBeenPublic(req: PayloadRequest, collection: CollectionSlug, doc: SluggedDoc): Promise<boolean> {
  if (!req.payload.collections[collection].config.versions?.drafts || doc._status === 'published') return true
  return publishedVersionAmong(req, collection, { parent: { equals: doc.id } })
}

/**
 * Whether any of the versions `where` selects was published. The status is checked here, not in
 * the query: with it there, SQLite's planner walked the status index (most versions are of
 * published documents), 20 ms at 100,000 items, where the slug's or the parent's index finds
 * the few rows in under 1 ms.
 */
async function publishedVersionAmong(req: PayloadRequest, collection: CollectionSlug, where: Where): Promise<boolean> {
  const versions = await req.payload.findVersions({
    collection,
    where,
    select: { version: { _status: true } } as never,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return versions.docs.some((row) => (row.version as { _status?: string | null } | undefined)?._status === 'published')
}

function slugUniqueInDatabase(req: PayloadRequest, collection: CollectionSlug): boolean {
  return req.payload.collections[collection].config.flattenedFields.some((field) => field.name === 'slug' && field.unique)
}
