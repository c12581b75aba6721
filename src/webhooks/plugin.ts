import type { CollectionConfig, Config, JobsConfig, Plugin } from 'payload'

import { DELIVERED_COLLECTIONS } from '@/delivery/changes'
import { TRANSITIONS_SLUG } from '@/config/editorial'
import { webhookJobs } from './deliver'
import { WebhookDeliveries } from './deliveries'
import { queueOnChange, queueOnDelete } from './hooks/queueDeliveries'
import { Webhooks } from './webhooks'

/**
 * Outbound webhooks as a Payload plugin: the `webhooks` and `webhook-deliveries` collections,
 * hooks on the delivered collections that queue a delivery for each subscriber, and the
 * `deliverWebhook` task with its own queue and runner entry. It extends the jobs config that
 * workflowPlugin sets (which replaces `autoRun` wholesale), so it must come after it.
 */
export const webhooksPlugin =
  (): Plugin =>
  (config: Config): Config => {
    if (!config.collections?.some((collection) => collection.slug === TRANSITIONS_SLUG)) {
      throw new Error('webhooksPlugin() must come after workflowPlugin() in the plugins list.')
    }
    return {
      ...config,
      collections: [...(config.collections ?? []).map(withDeliveryHooks), Webhooks, WebhookDeliveries],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), ...webhookJobs.tasks],
        autoRun: withWebhookRunner(config.jobs?.autoRun),
      },
    }
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

/** Keeps the existing runner entries (the workflow's every-second check), whatever form they take. */
function withWebhookRunner(autoRun: JobsConfig['autoRun']): JobsConfig['autoRun'] {
  if (typeof autoRun === 'function') {
    return async (payload) => [...(await autoRun(payload)), webhookJobs.autoRun]
  }
  return [...(autoRun ?? []), webhookJobs.autoRun]
}
