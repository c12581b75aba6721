import type { Config, Plugin } from 'payload'

import { subscribe } from '@/lib/events'
import { withJobs } from '@/lib/jobs'
import { webhookJobs } from './deliver'
import { WebhookDeliveries } from './deliveries'
import { queueDeliveries } from './queueDeliveries'
import { Webhooks } from './webhooks'

/**
 * Outbound webhooks as a Payload plugin: the `webhooks` and `webhook-deliveries` collections, a
 * subscriber to delivery's `publicChange` event (src/lib/events.ts) that queues a delivery for
 * each subscribed webhook, and the `deliverWebhook` task with its own queue and runner entry,
 * added beside the others.
 */
export const webhooksPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const withTasks = withJobs(config, webhookJobs)
    return subscribe(
      { ...withTasks, collections: [...(config.collections ?? []), Webhooks, WebhookDeliveries] },
      'publicChange',
      queueDeliveries,
    )
  }
