import type { CollectionAfterDeleteHook, CollectionBeforeChangeHook, Field, Payload, Where } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import type { WorkflowCollection } from '@/config/editorial'

/**
 * A document's categories kept on its own row as text (`,2,5,`), for the public lists' category
 * filter. Filtering by the `categories` relationship makes Payload join the relations table, keep
 * distinct rows and count them with a window: 60 ms for a page of Tehran's news at 100,000
 * items, most of the cold list's time. Read from the row, and from the list index that ends with
 * it (./listIndexes.ts), the filter and its count read no table at all: under 1 ms.
 *
 * Derived from `categories` on every write (the hook below). Hidden from every API, like the
 * stored answers: no read shows it and Payload refuses a `where` on it (400). The delivery's list
 * reads it through the database adapter (./publicPage.ts), which knows no field rules.
 */
export const CATEGORY_KEYS = 'categoryKeys'

/** The collections filed under categories: their rows keep the keys. */
export const CATEGORY_KEYS_COLLECTIONS = ['news-items', 'press-releases'] as const satisfies readonly WorkflowCollection[]

export const categoryKeysField = (): Field => ({
  name: CATEGORY_KEYS,
  type: 'text',
  hidden: true,
  access: { create: () => false, update: () => false },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
})

const key = (id: number | string) => `,${id},`

/**
 * `,2,5,` for categories 2 and 5, and `,` for none: every row written since the keys exist has
 * some, so a row without is one to fill in (backfillCategoryKeys).
 */
export function categoryKeys(categories: RelationValue[] | null | undefined): string {
  const ids = (categories ?? []).map(relationId).filter((id): id is number | string => id !== null)
  return `,${ids.map((id) => `${id},`).join('')}`
}

/** The documents filed under a category: one substring of the row's keys. */
export const categoryFilter = (categoryId: number | string): Where => ({ [CATEGORY_KEYS]: { contains: key(categoryId) } })

/** Keeps the keys in step with `categories`; a write that does not name them keeps the stored ones. */
export const keepCategoryKeys: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const categories = data.categories !== undefined ? data.categories : originalDoc?.categories
  return { ...data, [CATEGORY_KEYS]: categoryKeys(categories as RelationValue[] | undefined) }
}

/**
 * A deleted category leaves its documents (the database drops their relation rows): its key
 * leaves their rows too. On SQLite a new category may get a deleted one's id, and would otherwise
 * list the old one's documents. A direct write of the one column, in the delete's transaction.
 */
export const forgetDeletedCategory: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const gone = key(doc.id)
  for (const collection of CATEGORY_KEYS_COLLECTIONS) {
    const filed = await req.payload.db.find({
      collection,
      where: categoryFilter(doc.id),
      pagination: false,
      limit: 0,
      select: { [CATEGORY_KEYS]: true },
      req,
    })
    for (const row of filed.docs as Array<{ id: number | string; categoryKeys?: string | null }>) {
      await req.payload.db.updateOne({
        collection,
        id: row.id,
        data: { [CATEGORY_KEYS]: (row.categoryKeys ?? ',').replace(gone, ','), updatedAt: null },
        req,
        returning: false,
      })
    }
  }
  return doc
}

/**
 * Rows written before the keys existed get them, at start. On SQLite the migration that made the
 * column filled it (src/migrations/*_category_keys.ts) and this finds nothing; MongoDB has no
 * migrations here, so its documents are filled in here. Costs one query per collection when none
 * is missing.
 */
export async function backfillCategoryKeys(payload: Payload): Promise<void> {
  for (const collection of CATEGORY_KEYS_COLLECTIONS) {
    const missing = await payload.db.find({
      collection,
      where: { [CATEGORY_KEYS]: { exists: false } },
      pagination: false,
      limit: 0,
      select: { categories: true },
    })
    for (const row of missing.docs as Array<{ id: number | string; categories?: RelationValue[] | null }>) {
      await payload.db.updateOne({
        collection,
        id: row.id,
        data: { [CATEGORY_KEYS]: categoryKeys(row.categories), updatedAt: null },
        returning: false,
      })
    }
  }
}
