import type { CollectionConfig, Config, Plugin } from 'payload'

import { isWorkflowCollection, type WorkflowCollection } from '@/config/editorial'
import { withJobs } from '@/lib/jobs'
import { invalidateAlways, invalidateAlwaysOnDelete, publishChange, publishDelete } from './hooks'
import { deliveryJobs } from './jobs'
import { PUBLIC_LIST_INDEXES } from './listIndexes'
import { indexSearchText, searchTextField } from './searchText'
import { storedAnswersFields } from './storedField'
import { clearStoredAnswers, refreshCampaignItems, refreshDependents, refreshDependentsOnDelete, storeLiveAnswers } from './storeHooks'

/** The field each editorial collection's search text is made from, beside its title. */
const SUMMARY_FIELD: Record<WorkflowCollection, 'summary' | 'objective'> = {
  'news-items': 'summary',
  'press-releases': 'summary',
  campaigns: 'objective',
}

/** Collections whose documents appear inside delivered answers (images, files, names): any write empties the cache. */
const EMBEDDED_COLLECTIONS = ['media', 'attachments', 'categories', 'organizations'] as const

/**
 * The delivery API's needs as a Payload plugin, so the collections do not know about it:
 * - the editorial collections get the normalized `searchText` field the `q` parameter searches,
 *   the hook that keeps it in step with the title and summary (or objective), and the hooks that
 *   classify each write for the public, empty the delivery cache and announce `publicChange`;
 * - they also get the hidden `delivered…` fields, the answers stored when a document goes live
 *   (./storeHooks.ts), which the API serves from, and the index its lists run on; a campaign's
 *   public change reaches its items';
 * - images, files, categories and organizations make the answers that show them again, and empty
 *   the cache, on every write;
 * - the jobs that store answers when an embargo ends and make many answers again in batches.
 * Hooks are appended after the collection's own, as they were when each collection listed them
 * (answers are stored after exposeLinkedFiles has made the document's files public, and before
 * the cache is emptied). The fields are appended too: nothing localized follows `searchText`, so
 * the columns before it (the committed migrations) stay as they were.
 */
export const deliveryPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...withJobs(config, deliveryJobs),
    collections: (config.collections ?? []).map((collection) =>
      isWorkflowCollection(collection.slug)
        ? withPublicChanges(collection, SUMMARY_FIELD[collection.slug])
        : (EMBEDDED_COLLECTIONS as readonly string[]).includes(collection.slug)
          ? withInvalidation(collection)
          : collection,
    ),
  })

function withPublicChanges(collection: CollectionConfig, summaryField: 'summary' | 'objective'): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const shownByOthers = collection.slug === 'campaigns'
  return {
    ...collection,
    fields: [...collection.fields, searchTextField(), ...storedAnswersFields()],
    indexes: [...(collection.indexes ?? []), ...PUBLIC_LIST_INDEXES[collection.slug as WorkflowCollection]],
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), indexSearchText(summaryField), clearStoredAnswers],
      afterChange: [...(hooks.afterChange ?? []), storeLiveAnswers, ...(shownByOthers ? [refreshCampaignItems] : []), publishChange],
      afterDelete: [...(hooks.afterDelete ?? []), ...(shownByOthers ? [refreshDependentsOnDelete] : []), publishDelete],
    },
  }
}

function withInvalidation(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), refreshDependents, invalidateAlways],
      afterDelete: [...(hooks.afterDelete ?? []), refreshDependentsOnDelete, invalidateAlwaysOnDelete],
    },
  }
}
