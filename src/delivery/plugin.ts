import type { CollectionConfig, Config, Plugin } from 'payload'

import { isWorkflowCollection, type WorkflowCollection } from '@/config/editorial'
import { withJobs } from '@/lib/jobs'
import { deliveryCache } from './cache'
import { DeliveryEpochs, ensureEpoch, readEpoch } from './epoch'
import { invalidateAlways, invalidateAlwaysOnDelete, publishChange, publishDelete } from './hooks'
import { deliveryJobs } from './jobs'
import { CATEGORY_KEYS_COLLECTIONS, categoryKeysField, forgetDeletedCategory, keepCategoryKeys } from './categoryKeys'
import { PUBLIC_LIST_INDEXES } from './listIndexes'
import { storedAnswersFields } from './storedField'
import { clearStoredAnswers, refreshAnswersShowingIt, refreshDependents, refreshDependentsOnDelete, storeLiveAnswers } from './storeHooks'

/** Collections whose documents appear inside delivered answers (images, files, names): any write empties the cache. */
const EMBEDDED_COLLECTIONS = ['media', 'attachments', 'categories', 'organizations'] as const

/**
 * The delivery API's needs as a Payload plugin, so the collections do not know about it:
 * - the editorial collections get the hooks that classify each write for the public, empty the
 *   delivery cache and announce `publicChange` (the `q` parameter's search text and index are
 *   the search feature's, src/search);
 * - they also get the hidden `delivered…` fields, the answers stored when a document goes live
 *   (./storeHooks.ts), which the API serves from, and the index its lists run on, with the
 *   categories kept on the row for its category filter (./categoryKeys.ts); a document's public
 *   change reaches the answers that show it (a campaign's items' cards, texts that link to it);
 * - images, files, categories and organizations make the answers that show them again, and empty
 *   the cache, on every write;
 * - the jobs that store answers when an embargo ends and make many answers again in batches;
 * - the delivery epoch (./epoch.ts), through which the nodes of one database empty each other's
 *   caches: made at start if missing, and followed by this process's cache from then on.
 * Hooks are appended after the collection's own, as they were when each collection listed them
 * (answers are stored after filesFollowContent has made the document's files public, and before
 * the cache is emptied). The fields are not localized; the answers make no column on the
 * document's row (an array and a hasMany text are tables of their own), the category keys one,
 * appended last.
 */
export const deliveryPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...withJobs(config, deliveryJobs),
    collections: [
      ...(config.collections ?? []).map((collection) =>
        isWorkflowCollection(collection.slug)
          ? withPublicChanges(collection)
          : (EMBEDDED_COLLECTIONS as readonly string[]).includes(collection.slug)
            ? withInvalidation(collection)
            : collection,
      ),
      DeliveryEpochs,
    ],
    onInit: async (payload) => {
      await config.onInit?.(payload)
      await ensureEpoch(payload)
      deliveryCache().followEpoch(() => readEpoch(payload))
    },
  })

function withPublicChanges(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const categorized = (CATEGORY_KEYS_COLLECTIONS as readonly string[]).includes(collection.slug)
  return {
    ...collection,
    fields: [...collection.fields, ...storedAnswersFields(), ...(categorized ? [categoryKeysField()] : [])],
    indexes: [...(collection.indexes ?? []), ...PUBLIC_LIST_INDEXES[collection.slug as WorkflowCollection]],
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), clearStoredAnswers, ...(categorized ? [keepCategoryKeys] : [])],
      afterChange: [...(hooks.afterChange ?? []), storeLiveAnswers, refreshAnswersShowingIt, publishChange],
      afterDelete: [...(hooks.afterDelete ?? []), refreshDependentsOnDelete, publishDelete],
    },
  }
}

function withInvalidation(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const forget = collection.slug === 'categories' ? [forgetDeletedCategory] : []
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), refreshDependents, invalidateAlways],
      afterDelete: [...(hooks.afterDelete ?? []), ...forget, refreshDependentsOnDelete, invalidateAlwaysOnDelete],
    },
  }
}
