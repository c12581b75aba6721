import type { PayloadRequest, TaskConfig } from 'payload'

import { isWorkflowCollection, type WorkflowCollection } from '@/config/editorial'
import { deliveryCache } from './cache'
import { DELIVERY_QUEUE, refreshBatch, REFRESH_TASK, STORE_TASK } from './refresh'
import { storeAnswers } from './store'

/** Stores the answers of one document at `at`: when its embargo ends and the public may see it. */
export async function queueStore(req: PayloadRequest, collection: WorkflowCollection, id: number | string, at: Date): Promise<void> {
  await req.payload.jobs.queue({ task: STORE_TASK, queue: DELIVERY_QUEUE, input: { collection, id: String(id) }, waitUntil: at, req })
}

const storeTask: TaskConfig<'storeDeliveredAnswers'> = {
  slug: STORE_TASK,
  retries: 3,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    if (isWorkflowCollection(input.collection)) await storeAnswers(req, input.collection, [input.id])
    // Lists cached before this job still lack the document's card; answers made while it ran are dropped.
    deliveryCache().invalidate()
    return { output: {} }
  },
}

const refreshTask: TaskConfig<'refreshDeliveredAnswers'> = {
  slug: REFRESH_TASK,
  retries: 3,
  inputSchema: [
    { name: 'dependsOn', type: 'text' },
    { name: 'missing', type: 'checkbox' },
    { name: 'collection', type: 'text', required: true },
    { name: 'afterId', type: 'text' },
  ],
  outputSchema: [{ name: 'rendered', type: 'number' }],
  handler: async ({ input, req }) => {
    const rendered = await refreshBatch(req, input)
    if (rendered > 0) deliveryCache().invalidate()
    return { output: { rendered } }
  },
}

/**
 * The delivery feature's jobs: answers stored when an embargo ends, and answers made again in
 * batches after a change to a document many others show, or for rows that have none (a backfill).
 * The queue is checked every second by the processes that run jobs (src/config/jobs.ts).
 */
export const deliveryJobs = {
  tasks: [storeTask, refreshTask],
  autoRun: [{ cron: '* * * * * *', queue: DELIVERY_QUEUE, limit: 10, silent: true }],
}
