import type { CollectionBeforeValidateHook, CollectionSlug } from 'payload'
import { ValidationError } from 'payload'

import { relationRefs, type RelationRef } from './fieldWalk'

const key = (ref: Pick<RelationRef, 'path' | 'relationTo' | 'id'>) => `${ref.path}|${ref.relationTo}|${String(ref.id)}`

/**
 * A person links only what they may read. Every relationship and upload id that a write adds
 * (REST, GraphQL, bulk edits, version restores, the Local API acting for a user) is looked up in
 * its collection with that user's read access; an id they cannot read is a 400 naming the field.
 * Without this, linking another province's private image to one's own article and publishing it
 * made the image public, and a linked draft could be read through query paths.
 * Ids the document already held are left alone: a link made by someone else stays editable around.
 */
export const requireReadableRelations: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  if (!req.user || !data) return data
  const fields = collection.flattenedFields
  const held = new Set(relationRefs(fields, originalDoc as Record<string, unknown>).map(key))
  const added = relationRefs(fields, data as Record<string, unknown>).filter((ref) => !held.has(key(ref)))
  if (added.length === 0) return data

  const byCollection = new Map<string, RelationRef[]>()
  for (const ref of added) byCollection.set(ref.relationTo, [...(byCollection.get(ref.relationTo) ?? []), ref])

  const errors: Array<{ path: string; message: string }> = []
  for (const [relationTo, refs] of byCollection) {
    const ids = [...new Set(refs.map((ref) => String(ref.id)))]
    const readable = await req.payload
      .find({
        collection: relationTo as CollectionSlug,
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        pagination: false,
        overrideAccess: false,
        user: req.user,
        req,
      })
      .then((result) => new Set(result.docs.map((doc) => String(doc.id))))
      .catch(() => new Set<string>())
    for (const ref of refs) {
      if (readable.has(String(ref.id))) continue
      if (errors.some((error) => error.path === ref.path)) continue
      errors.push({
        path: ref.path,
        message: `«${ref.path}»: سند ${ref.id} از ${relationTo} وجود ندارد یا شما اجازه دیدن آن را ندارید. / ${relationTo} ${ref.id} does not exist or is not yours to read: choose one you can see.`,
      })
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return data
}
