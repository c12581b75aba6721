import { WORKFLOW_COLLECTIONS } from '@/config/editorial'
import { allOf, type DashboardContext } from './context'

export type ReviewQueueFigures = { count: number; oldestSince: string | null }

/**
 * The review queue in scope: how many documents wait (their latest version `in_review`) and since
 * when the oldest has waited. A count and the first row of the updated-at sort per collection.
 */
export async function reviewQueueFigures(ctx: DashboardContext): Promise<ReviewQueueFigures> {
  const found = await Promise.all(
    WORKFLOW_COLLECTIONS.map((collection) =>
      ctx.req.payload.find({
        collection,
        draft: true,
        where: allOf({ workflowStatus: { equals: 'in_review' } }, ctx.inScope()),
        sort: 'updatedAt',
        limit: 1,
        depth: 0,
        select: { updatedAt: true },
        overrideAccess: false,
        req: ctx.req,
      }),
    ),
  )
  const oldest = found
    .map((result) => result.docs[0]?.updatedAt)
    .filter((value): value is string => typeof value === 'string')
    .sort()[0]
  return { count: found.reduce((sum, result) => sum + result.totalDocs, 0), oldestSince: oldest ?? null }
}
