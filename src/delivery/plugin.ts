import type { CollectionConfig, Config, Plugin } from 'payload'

import { isWorkflowCollection } from '@/config/editorial'
import { deliveryCache } from './cache'
import { DeliveryEpochs, ensureEpoch, readEpoch } from './epoch'
import { invalidateAlways, invalidateAlwaysOnDelete, publishChange, publishDelete } from './hooks'

/** Collections whose documents appear inside delivered answers (images, files, names): any write empties the cache. */
const EMBEDDED_COLLECTIONS = ['media', 'attachments', 'categories', 'organizations'] as const

/**
 * The delivery API's needs as a Payload plugin, so the collections do not know about it:
 * - the editorial collections get the hooks that classify each write for the public, empty the
 *   delivery cache and announce `publicChange` (the `q` parameter's search text and index are
 *   the search feature's, src/search);
 * - images, files, categories and organizations empty the cache on every write;
 * - the delivery epoch (./epoch.ts), through which the nodes of one database empty each other's
 *   caches: made at start if missing, and followed by this process's cache from then on.
 * Hooks are appended after the collection's own, as they were when each collection listed them.
 */
export const deliveryPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
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
  return {
    ...collection,
    hooks: {
      ...hooks,
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
