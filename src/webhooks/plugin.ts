import type { CollectionConfig, Config, Plugin } from 'payload'

import { DELIVERED_COLLECTIONS } from '@/delivery/changes'
import { withJobs } from '@/lib/jobs'
import { webhookJobs } from './deliver'
import { WebhookDeliveries } from './deliveries'
import { queueOnChange, queueOnDelete } from './hooks/queueDeliveries'
import { Webhooks } from './webhooks'

/**
 * Outbound webhooks as a Payload plugin: the `webhooks` and `webhook-deliveries` collections,
 * hooks on the delivered collections that queue a delivery for each subscriber, and the
 * `deliverWebhook` task with its own queue and runner entry, added beside the others.
 */
export const webhooksPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const withTasks = withJobs(config, webhookJobs)
    return { ...withTasks, collections: [...(config.collections ?? []).map(withDeliveryHooks), Webhooks, WebhookDeliveries] }
  }

function withDeliveryHooks(collection: CollectionConfig): CollectionConfig {
  if (!(DELIVERED_COLLECTIONS as readonly string[]).includes(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), queueOnChange],
      afterDelete: [...(hooks.afterDelete ?? []), queueOnDelete],
    },
  }
}
