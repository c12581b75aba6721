import type { CollectionConfig, Config, Plugin } from 'payload'

import { isWorkflowCollection, type WorkflowCollection } from '@/config/editorial'
import { searchThroughIndex } from './listSearch'
import { indexSearchText, searchTextField } from './searchText'

/** The field each editorial collection's search text is made from, beside its title. */
const SUMMARY_FIELD: Record<WorkflowCollection, 'summary' | 'objective'> = {
  'news-items': 'summary',
  'press-releases': 'summary',
  campaigns: 'objective',
}

/**
 * Search as a Payload plugin, so the collections do not know about it: the editorial collections
 * get the normalized, localized `searchText` field and the hook that keeps it in step with the
 * title and summary (or objective). The SQLite index over it is made by a migration
 * (src/migrations/*_search_index.ts) and kept by the database's triggers; queries go through
 * searchWhere (./searchWhere.ts), the admin's list search box too: it searches `searchText`, and
 * searchThroughIndex answers that from the index.
 *
 * Listed right after delivery, so the field is appended where it always was: it is localized
 * and nothing localized follows it, so the database columns (the committed migrations) stay the
 * same, and its hook runs before the workflow's as it always did.
 */
export const searchPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      isWorkflowCollection(collection.slug) ? searchable(collection, SUMMARY_FIELD[collection.slug]) : collection,
    ),
  })

function searchable(collection: CollectionConfig, summaryField: 'summary' | 'objective'): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    admin: { ...collection.admin, listSearchableFields: ['searchText'] },
    fields: [...collection.fields, searchTextField()],
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), searchThroughIndex],
      beforeChange: [...(hooks.beforeChange ?? []), indexSearchText(summaryField)],
    },
  }
}
