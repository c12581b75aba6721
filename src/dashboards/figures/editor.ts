import { TRANSITIONS_SLUG, WORKFLOW_COLLECTIONS, WORKFLOW_STATUSES, type WorkflowCollection, type WorkflowStatus } from '@/config/editorial'
import type { Where } from 'payload'

import type { DashboardContext } from './context'

export type LatestComment = { text: string; by: string; at: string }
export type AwaitingDocument = {
  collection: WorkflowCollection
  id: string
  title: string
  status: WorkflowStatus
  updatedAt: string
  comment: LatestComment | null
}
export type EditorFigures = { byState: Record<WorkflowStatus, number>; total: number; awaiting: AwaitingDocument[] }

/** States in which a document waits for its author. */
const AWAITING_AUTHOR: WorkflowStatus[] = ['changes_requested', 'draft']
const AWAITING_SHOWN = 10

/**
 * An editor's own documents (those they created), by the state of their latest version — one
 * count per collection and state, on the versions' indexed author and state — and those that
 * wait for them (changes requested first, then drafts), each with the latest comment someone
 * else left on it: an editorial comment or the reviewer's note on the history.
 */
export async function editorFigures(ctx: DashboardContext): Promise<EditorFigures> {
  const { payload } = ctx.req
  const me = ctx.user.id
  const counts = await Promise.all(
    WORKFLOW_COLLECTIONS.flatMap((collection) =>
      WORKFLOW_STATUSES.map(async (status) => {
        const { totalDocs } = await payload.countVersions({
          collection,
          where: {
            and: [{ latest: { equals: true } }, { 'version.createdBy': { equals: me } }, { 'version.workflowStatus': { equals: status } }],
          },
          overrideAccess: false,
          req: ctx.req,
        })
        return { status, totalDocs }
      }),
    ),
  )
  const byState = Object.fromEntries(WORKFLOW_STATUSES.map((status) => [status, 0])) as Record<WorkflowStatus, number>
  for (const { status, totalDocs } of counts) byState[status] += totalDocs

  const waiting = (
    await Promise.all(
      WORKFLOW_COLLECTIONS.map(async (collection) => {
        const found = await payload.find({
          collection,
          draft: true,
          where: { and: [{ createdBy: { equals: me } }, { workflowStatus: { in: AWAITING_AUTHOR } }] },
          sort: '-updatedAt',
          limit: AWAITING_SHOWN,
          depth: 0,
          select: { title: true, workflowStatus: true, updatedAt: true },
          locale: ctx.locale,
          overrideAccess: false,
          req: ctx.req,
        })
        return found.docs.map((doc) => ({
          collection,
          id: String(doc.id),
          title: String(doc.title ?? ''),
          status: doc.workflowStatus as WorkflowStatus,
          updatedAt: String(doc.updatedAt),
        }))
      }),
    )
  )
    .flat()
    .sort((a, b) => AWAITING_AUTHOR.indexOf(a.status) - AWAITING_AUTHOR.indexOf(b.status) || b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, AWAITING_SHOWN)

  const awaiting = await Promise.all(waiting.map(async (doc) => ({ ...doc, comment: await latestCommentByOthers(ctx, doc) })))
  return { byState, total: Object.values(byState).reduce((sum, value) => sum + value, 0), awaiting }
}

async function latestCommentByOthers(
  ctx: DashboardContext,
  doc: { collection: WorkflowCollection; id: string },
): Promise<LatestComment | null> {
  const { payload } = ctx.req
  const onDocument: Where[] = [{ 'document.relationTo': { equals: doc.collection } }, { 'document.value': { equals: doc.id } }]
  const [comment, note] = await Promise.all([
    payload.find({
      collection: 'comments',
      where: { and: [...onDocument, { author: { not_equals: ctx.user.id } }] },
      sort: '-createdAt',
      limit: 1,
      pagination: false,
      depth: 0,
      select: { body: true, authorName: true, createdAt: true },
      overrideAccess: false,
      req: ctx.req,
    }),
    payload.find({
      collection: TRANSITIONS_SLUG,
      where: {
        and: [...onDocument, { comment: { exists: true } }, { comment: { not_equals: '' } }, { actor: { not_equals: ctx.user.id } }],
      },
      sort: '-createdAt',
      limit: 1,
      pagination: false,
      depth: 0,
      select: { comment: true, actorName: true, createdAt: true },
      overrideAccess: false,
      req: ctx.req,
    }),
  ])
  const candidates: LatestComment[] = [
    ...comment.docs.map((c) => ({ text: c.body, by: c.authorName ?? '', at: c.createdAt })),
    ...note.docs.map((n) => ({ text: n.comment ?? '', by: n.actorName ?? '', at: n.createdAt })),
  ]
  return candidates.sort((a, b) => b.at.localeCompare(a.at))[0] ?? null
}
