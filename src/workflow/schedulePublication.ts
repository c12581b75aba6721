import type { PayloadRequest } from 'payload'

import type { WorkflowCollection } from '@/config/editorial'
import type { NewsItem } from '@/payload-types'

export const WORKFLOW_QUEUE = 'workflow'
export const PUBLISH_TASK = 'publishScheduled'

/** Queues the publication of a scheduled document for its time (src/workflow/scheduling.ts runs it). */
export async function schedulePublication(
  req: PayloadRequest,
  target: { collection: WorkflowCollection; id: NewsItem['id']; publishAt: Date },
): Promise<void> {
  await req.payload.jobs.queue({
    task: PUBLISH_TASK,
    queue: WORKFLOW_QUEUE,
    waitUntil: target.publishAt,
    input: { collection: target.collection, id: String(target.id), publishAt: target.publishAt.toISOString() },
    req,
  })
}
