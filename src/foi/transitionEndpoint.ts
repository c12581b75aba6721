import type { Endpoint, PayloadHandler } from 'payload'

import { announce } from '@/lib/events'
import { applyFoiTransition, FoiTransitionError } from './applyTransition'
import { FOI_REQUESTS_SLUG, FOI_STATUSES, isFoiStatus } from './vocabulary'

const MAX_COMMENT_LENGTH = 4000
const FIELDS = ['to', 'comment', 'assignee', 'legalGround', 'reason', 'referredTo', 'complaintOutcome'] as const

function problem(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status })
}

const isId = (value: unknown) => value === undefined || typeof value === 'number' || (typeof value === 'string' && value !== '')

/**
 * `POST /api/foi-requests/{id}/transition` with `{ "to", "comment"?, "assignee"?, "legalGround"?,
 * "reason"?, "referredTo"?, "complaintOutcome"? }`, answered as the editorial transition endpoint
 * is: 400 malformed or missing what the move requires, 401 without a login, 404 for a request the
 * user cannot see, 409 for a move that does not exist (with `allowed`), 403 for one not theirs.
 */
const handler: PayloadHandler = async (req) => {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return problem(404, 'Not found')
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    return problem(400, 'بدنه باید JSON باشد. / The body must be JSON: { "to": "...", ... }.')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return problem(400, 'بدنه باید یک شیء JSON با "to" باشد. / The body must be a JSON object with "to".')
  const fields = body as Record<string, unknown>
  const unknown = Object.keys(fields).find((key) => !(FIELDS as readonly string[]).includes(key))
  if (unknown) return problem(400, `فیلد ناشناخته «${unknown}». / Unknown field "${unknown}": use ${FIELDS.join(', ')}.`)
  const { to, comment, assignee, legalGround, reason, referredTo, complaintOutcome } = fields
  if (!isFoiStatus(to)) return problem(400, `"to" must be one of: ${FOI_STATUSES.join(', ')}.`)
  for (const [name, value] of Object.entries({ comment, reason, legalGround, complaintOutcome })) {
    if (value !== undefined && (typeof value !== 'string' || value.length > MAX_COMMENT_LENGTH)) {
      return problem(
        400,
        `"${name}" باید متنی تا ${MAX_COMMENT_LENGTH} نویسه باشد. / "${name}" must be text of at most ${MAX_COMMENT_LENGTH} characters.`,
      )
    }
  }
  if (!isId(assignee) || !isId(referredTo)) return problem(400, '"assignee" and "referredTo" must be document ids.')

  try {
    const doc = await applyFoiTransition(req, {
      id,
      to,
      comment: comment as string | undefined,
      assignee: assignee as number | string | undefined,
      legalGround: legalGround as string | undefined,
      reason: reason as string | undefined,
      referredTo: referredTo as number | string | undefined,
      complaintOutcome: complaintOutcome as string | undefined,
    })
    return Response.json({ message: 'ok', doc })
  } catch (error) {
    if (error instanceof FoiTransitionError) {
      // Answered here, not thrown, so Payload's afterError never sees the refusal: announced instead.
      if (error.status === 403) await announce(req, 'accessDenied', { collection: FOI_REQUESTS_SLUG, id, detail: `transition → ${to}` })
      return problem(error.status, error.message, error.allowed ? { allowed: error.allowed } : {})
    }
    throw error
  }
}

export const transitionEndpoint: Endpoint = { path: '/:id/transition', method: 'post', handler }
