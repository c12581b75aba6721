import type { CollectionSlug, FieldHook, RelationshipField, UploadField } from 'payload'
import { ValidationError } from 'payload'

type Ref = { relationTo: string; id: string }

function idOf(value: unknown): string | null {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

/** The ids a relationship or upload value holds: one or many, plain or polymorphic `{ relationTo, value }`. */
export function refsOf(relationTo: string | string[], value: unknown): Ref[] {
  const items = Array.isArray(value) ? value : [value]
  return items.flatMap((item): Ref[] => {
    if (item === null || item === undefined) return []
    if (Array.isArray(relationTo)) {
      const { relationTo: target, value: inner } = item as { relationTo?: unknown; value?: unknown }
      const id = idOf(inner)
      return typeof target === 'string' && id !== null ? [{ relationTo: target, id }] : []
    }
    const id = idOf(item)
    return id === null ? [] : [{ relationTo, id }]
  })
}

/**
 * A person links only what they may read. Added to every relationship and upload field of every
 * collection, so a field added later is covered without being named. Each id a write adds (REST,
 * GraphQL, bulk edits, version restores, the Local API acting for a user with
 * `overrideAccess: false`) is looked up in its collection with that user's read access; an id
 * they cannot read is a 400 naming the field. Without this, a supervisor linked another
 * province's private image to their own article and publishing it made the image public.
 * Ids the document already held stay: a link someone else made does not block editing around it.
 * Writes the server makes itself (`overrideAccess`, no user) are trusted.
 */
export const requireReadableRelation: FieldHook = async (args) => {
  const { field, value, previousValue, overrideAccess, req, path } = args
  if (overrideAccess || !req.user || value === undefined) return value
  // A field the user may not write is dropped by Payload after this hook: nothing is linked.
  if (!(await mayWrite(args))) return value
  const { relationTo } = field as RelationshipField | UploadField
  const held = new Set(refsOf(relationTo, previousValue).map((ref) => `${ref.relationTo}|${ref.id}`))
  const added = refsOf(relationTo, value).filter((ref) => !held.has(`${ref.relationTo}|${ref.id}`))
  for (const target of new Set(added.map((ref) => ref.relationTo))) {
    const ids = [...new Set(added.filter((ref) => ref.relationTo === target).map((ref) => ref.id))]
    const found = await req.payload
      .count({ collection: target as CollectionSlug, where: { id: { in: ids } }, overrideAccess: false, req })
      .then((result) => result.totalDocs)
      .catch(() => 0)
    if (found === ids.length) continue
    const fieldPath = (path ?? [field.name ?? '']).join('.')
    throw new ValidationError(
      {
        errors: [
          {
            path: fieldPath,
            message: `«${fieldPath}»: پیوند به سندی از ${target} که وجود ندارد یا اجازه دیدنش را ندارید ممکن نیست. / ${fieldPath}: links a ${target} document that does not exist or is not yours to read; choose one you can see.`,
          },
        ],
        req,
      },
      req.t,
    )
  }
  return value
}

/** The field's own create/update access for this user (Payload checks it only after beforeValidate hooks). */
async function mayWrite({ field, operation, req, data, originalDoc, siblingData }: Parameters<FieldHook>[0]): Promise<boolean> {
  const check = operation === 'create' || operation === 'update' ? field.access?.[operation] : undefined
  if (!check) return true
  return Boolean(await check({ req, id: originalDoc?.id, data, doc: originalDoc, siblingData }))
}
