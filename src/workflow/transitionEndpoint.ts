import type { Endpoint, PayloadHandler } from 'payload'

import { announce } from '@/lib/events'
import { applyTransition, TransitionError } from './applyTransition'
import { isWorkflowCollection, isWorkflowStatus, WORKFLOW_STATUSES } from '@/config/editorial'

const MAX_COMMENT_LENGTH = 2000

function problem(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status })
}

/**
 * `POST /api/{collection}/{id}/transition` with `{ "to": "...", "comment"?: "...", "publishAt"?: "ISO" }`.
 * 400 for a malformed body, 401 without a login, 404 for a document the user cannot see,
 * 409 for a move that does not exist (with the allowed targets), 403 for one that is not theirs.
 */
const handler: PayloadHandler = async (req) => {
  // Payload puts the collection's slug beside the path parameters of a collection endpoint.
  const target = req.routeParams?.collection
  const id = req.routeParams?.id
  if (!isWorkflowCollection(target) || (typeof id !== 'string' && typeof id !== 'number')) {
    return problem(404, 'Not found')
  }

  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    return problem(400, 'The body must be JSON: { "to": "...", "comment"?: "...", "publishAt"?: "ISO 8601" }.')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return problem(400, 'The body must be a JSON object with "to".')
  }
  const { to, comment, publishAt, seen } = body as Record<string, unknown>
  if (!isWorkflowStatus(to)) {
    return problem(400, `"to" must be one of: ${WORKFLOW_STATUSES.join(', ')}.`)
  }
  if (comment !== undefined && (typeof comment !== 'string' || comment.length > MAX_COMMENT_LENGTH)) {
    return problem(400, `"comment" must be text of at most ${MAX_COMMENT_LENGTH} characters.`)
  }
  let publishDate: Date | undefined
  if (publishAt !== undefined && publishAt !== null) {
    publishDate = typeof publishAt === 'string' ? new Date(publishAt) : undefined
    if (!publishDate || Number.isNaN(publishDate.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(String(publishAt))) {
      return problem(400, '"publishAt" must be an ISO 8601 date-time, e.g. 2026-12-01T08:00:00Z.')
    }
  }

  let seenDate: Date | undefined
  if (seen !== undefined && seen !== null) {
    seenDate = typeof seen === 'string' ? new Date(seen) : undefined
    if (!seenDate || Number.isNaN(seenDate.getTime())) {
      return problem(400, '"seen" must be the ISO 8601 "updatedAt" of the version you reviewed.')
    }
  }

  try {
    const doc = await applyTransition(req, { collection: target, id, to, comment, publishAt: publishDate, seen: seenDate })
    return Response.json({ message: 'ok', doc })
  } catch (error) {
    if (error instanceof TransitionError) {
      // Answered here rather than thrown, so Payload's afterError never sees this refusal: announced instead.
      if (error.status === 403) await announce(req, 'accessDenied', { collection: target, id, detail: `transition → ${to}` })
      return problem(error.status, error.message, error.allowed ? { allowed: error.allowed } : {})
    }
    throw error
  }
}

export const transitionEndpoint: Endpoint = { path: '/:id/transition', method: 'post', handler }
