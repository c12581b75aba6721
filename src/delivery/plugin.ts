import type { CollectionConfig, Config, Plugin } from 'payload'

import { isWorkflowCollection, type WorkflowCollection } from '@/config/editorial'
import { deliveryCache } from './cache'
import { DeliveryEpochs, ensureEpoch, readEpoch } from './epoch'
import { invalidateAlways, invalidateAlwaysOnDelete, publishChange, publishDelete } from './hooks'
import { indexSearchText, searchTextField } from './searchText'

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
 * - images, files, categories and organizations empty the cache on every write;
 * - the delivery epoch (./epoch.ts), through which the nodes of one database empty each other's
 *   caches: made at start if missing, and followed by this process's cache from then on.
 * Hooks are appended after the collection's own, as they were when each collection listed them.
 * The field is appended too: it is localized and nothing localized follows it, so the database
 * columns (the committed migrations) are exactly those of before.
 */
export const deliveryPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        isWorkflowCollection(collection.slug)
          ? withPublicChanges(collection, SUMMARY_FIELD[collection.slug])
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

function withPublicChanges(collection: CollectionConfig, summaryField: 'summary' | 'objective'): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: [...collection.fields, searchTextField()],
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), indexSearchText(summaryField)],
      afterChange: [...(hooks.afterChange ?? []), publishChange],
      afterDelete: [...(hooks.afterDelete ?? []), publishDelete],
    },
  }
}

function withInvalidation(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), invalidateAlways],
      afterDelete: [...(hooks.afterDelete ?? []), invalidateAlwaysOnDelete],
    },
  }
}
