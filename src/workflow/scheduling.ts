import type { TaskConfig } from 'payload'

import { isWorkflowCollection, type WorkflowCollection } from '@/config/editorial'
import { PUBLISH_TASK, WORKFLOW_QUEUE } from './schedulePublication'
import { writeTransition } from './writeTransition'

/**
 * Publishes a scheduled document when its time comes. The job lives in the database (Payload's
 * jobs queue), so a restart in between changes nothing: the next runner picks it up. A document
 * that was edited, cancelled or rescheduled since is left alone — its state says so.
 */
const publishScheduledTask: TaskConfig<'publishScheduled'> = {
  slug: PUBLISH_TASK,
  retries: 5,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    if (!isWorkflowCollection(input.collection)) return { output: { outcome: 'unknown collection' } }
    const collection: WorkflowCollection = input.collection
    const doc = await req.payload.findByID({ collection, id: input.id, draft: true, depth: 0, overrideAccess: true, req }).catch(() => null)
    if (!doc) return { output: { outcome: 'document deleted' } }
    const scheduledFor = doc.publishAt ? new Date(doc.publishAt).toISOString() : null
    if (doc.workflowStatus !== 'scheduled' || scheduledFor !== new Date(input.publishAt).toISOString()) {
      return { output: { outcome: 'no longer scheduled for this time' } }
    }
    await writeTransition(req, {
      collection,
      id: doc.id,
      organization: doc.organization,
      from: 'scheduled',
      to: 'published',
      extra: { publishedAt: scheduledFor },
      overrideAccess: true,
    })
    return { output: { outcome: 'published' } }
  },
}

/**
 * The publishing task and its runner entry: the queue is checked every second in every server
 * process that runs jobs (src/config/jobs.ts says which, and who may trigger a run).
 */
export const workflowJobs = {
  tasks: [publishScheduledTask],
  autoRun: [{ cron: '* * * * * *', queue: WORKFLOW_QUEUE, limit: 20, silent: true }],
}
