import type { PayloadRequest } from 'payload'

import { recordTransition, type TransitionRecord } from './history'
import { markLiveBefore } from './liveBefore'
import { schedulePublication } from './schedulePublication'
import { effectsOf } from './transitions'

export type TransitionWrite = Omit<TransitionRecord, 'publishAt' | 'at'> & {
  publishAt?: Date
  /** Fields the writer sets beside the state's own effects (the scheduler keeps the planned `publishedAt`). */
  extra?: Record<string, unknown>
  /** False when acting for a person (the endpoint); true for the system (the scheduler). */
  overrideAccess: boolean
}

/**
 * The one way a document changes workflow state, for the endpoint and the scheduler alike: the
 * state's effects on the document (src/workflow/transitions.ts), whether it was live before (so
 * delivery, webhooks and the cache can tell publish from republish), the write with the workflow
 * fields opened, the scheduled job, and the history row that audit and notifications hear of.
 * The context flags are cleared afterwards, so later writes in the same request are people's again.
 */
export async function writeTransition(req: PayloadRequest, write: TransitionWrite) {
  const { data, draft } = effectsOf(write.from, write.to, write.publishAt)
  await markLiveBefore(req, write.collection, write.id)
  req.context.workflowTransition = true
  try {
    const updated = await req.payload.update({
      collection: write.collection,
      id: write.id,
      data: { ...data, ...write.extra },
      draft,
      depth: 0,
      overrideAccess: write.overrideAccess,
      req,
    })
    if (write.to === 'scheduled') {
      await schedulePublication(req, { collection: write.collection, id: write.id, publishAt: write.publishAt! })
    }
    await recordTransition(req, {
      collection: write.collection,
      id: write.id,
      organization: write.organization,
      from: write.from,
      to: write.to,
      comment: write.comment?.trim() || undefined,
      publishAt: write.to === 'scheduled' ? write.publishAt!.toISOString() : undefined,
      at: new Date().toISOString(),
    })
    return updated
  } finally {
    req.context.workflowTransition = false
    delete req.context.liveBefore
  }
}
