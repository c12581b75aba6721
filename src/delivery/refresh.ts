import type { PayloadRequest, Where } from 'payload'

import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from '@/config/editorial'
import { storeAnswers } from './store'
import { RENDERER } from './storedField'

export const DELIVERY_QUEUE = 'delivery'
export const STORE_TASK = 'storeDeliveredAnswers'
export const REFRESH_TASK = 'refreshDeliveredAnswers'

/**
 * Which live documents to render again: those whose answers show `dependsOn` (a document that
 * changed: `media:12`), or those that have no answers stored or answers an earlier version of the
 * rendering made (`missing`: rows from before stored answers or from before RENDERER changed, a
 * backfill).
 */
export type Refresh = { dependsOn: string } | { missing: true }

/** Live documents without answers (rows from before answers were stored, a write without this feature's hooks). */
export const MISSING: Where = { 'deliveredAnswers.id': { exists: false } }

/**
 * Answers an earlier version of the rendering made, or that name none (stored before versions
 * were named). Answers exist only on live documents. Each is a lookup on the version's index.
 */
export const OUTDATED: Where[] = [
  { 'deliveredAnswers.renderer': { less_than: RENDERER } },
  { and: [{ 'deliveredAnswers.id': { exists: true } }, { 'deliveredAnswers.renderer': { exists: false } }] },
]

const MISSING_OR_OUTDATED: Where = { or: [MISSING, ...OUTDATED] }

/** Documents rendered inline in the request that changed a related document; more go to a job. */
export const INLINE_LIMIT = 25
/** Documents one job renders before it queues the next one (a short write transaction each). */
export const BATCH_SIZE = 100

/** The next ids after `afterId` in `collection` that `refresh` names, in id order. */
async function nextBatch(
  req: PayloadRequest,
  collection: WorkflowCollection,
  refresh: Refresh,
  afterId: string | null,
  limit: number,
): Promise<Array<number | string>> {
  const after: Where[] = afterId === null ? [] : [{ id: { greater_than: afterId } }]
  const which: Where =
    'dependsOn' in refresh
      ? // Stored answers exist only on live documents: these are live.
        { deliveredDependsOn: { in: [refresh.dependsOn] } }
      : // Live without answers, or with another renderer's; one the public may not see yet (under embargo) is rendered to nothing.
        { and: [{ _status: { equals: 'published' } }, MISSING_OR_OUTDATED] }
  // Which rows to render, not a read on anyone's behalf: storeAnswers renders them as the public.
  const found = await req.payload.find({
    collection,
    where: { and: [which, ...after] },
    sort: 'id',
    limit,
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  return found.docs.map((doc) => doc.id)
}

/**
 * Renders again what `refresh` names, in the request (and transaction) of the change when there
 * are at most INLINE_LIMIT such documents, so the change and its answers land together; more (an
 * organization renamed under thousands of items) are left to jobs of BATCH_SIZE documents each,
 * queued in the same transaction, which the runner starts within a second.
 */
export async function refreshAnswers(req: PayloadRequest, refresh: Refresh): Promise<void> {
  const batches: Array<[WorkflowCollection, Array<number | string>]> = []
  let total = 0
  for (const collection of WORKFLOW_COLLECTIONS) {
    const ids = await nextBatch(req, collection, refresh, null, INLINE_LIMIT + 1 - total)
    batches.push([collection, ids])
    total += ids.length
    if (total > INLINE_LIMIT) return queueRefresh(req, refresh)
  }
  for (const [collection, ids] of batches) await storeAnswers(req, collection, ids)
}

/** Queues the first job of a refresh (at `waitUntil`, or now). */
export async function queueRefresh(req: PayloadRequest, refresh: Refresh, waitUntil?: Date): Promise<void> {
  await req.payload.jobs.queue({
    task: REFRESH_TASK,
    queue: DELIVERY_QUEUE,
    input: { ...refreshInput(refresh), collection: WORKFLOW_COLLECTIONS[0], afterId: null },
    waitUntil,
    req,
  })
}

export type RefreshInput = { dependsOn?: string | null; missing?: boolean | null; collection: string; afterId?: string | null }

const refreshInput = (refresh: Refresh): Pick<RefreshInput, 'dependsOn' | 'missing'> =>
  'dependsOn' in refresh ? { dependsOn: refresh.dependsOn } : { missing: true }

/**
 * One job's share: the next BATCH_SIZE documents of the refresh, then the job that continues it
 * (after the last id, or with the next collection). Returns how many it rendered.
 */
export async function refreshBatch(req: PayloadRequest, input: RefreshInput): Promise<number> {
  const refresh: Refresh = input.dependsOn ? { dependsOn: input.dependsOn } : { missing: true }
  const at = WORKFLOW_COLLECTIONS.indexOf(input.collection as WorkflowCollection)
  if (at < 0) return 0
  const collection = WORKFLOW_COLLECTIONS[at]!
  const ids = await nextBatch(req, collection, refresh, input.afterId ?? null, BATCH_SIZE)
  await storeAnswers(req, collection, ids)
  const next =
    ids.length === BATCH_SIZE
      ? { collection, afterId: String(ids[ids.length - 1]) }
      : at + 1 < WORKFLOW_COLLECTIONS.length
        ? { collection: WORKFLOW_COLLECTIONS[at + 1]!, afterId: null }
        : null
  if (next) await req.payload.jobs.queue({ task: REFRESH_TASK, queue: DELIVERY_QUEUE, input: { ...refreshInput(refresh), ...next }, req })
  return ids.length
}
