import type { CollectionConfig, Config, Plugin } from 'payload'

import { isWorkflowCollection, type WorkflowCollection } from '@/config/editorial'
import { livePreviewUrl } from './livePreview'

/**
 * The reference portal as a Payload plugin: the editorial collections' live preview in the admin
 * shows a document on its portal page, rendered from the draft (./views/PreviewView.tsx).
 */
export const portalPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      isWorkflowCollection(collection.slug) ? withLivePreview(collection, collection.slug) : collection,
    ),
  })

function withLivePreview(collection: CollectionConfig, slug: WorkflowCollection): CollectionConfig {
  return {
    ...collection,
    admin: { ...collection.admin, livePreview: { ...collection.admin?.livePreview, url: livePreviewUrl(slug) } },
  }
}
