import type { Payload } from 'payload'

import { publicJson, publicProblem } from './http'
import { MAX_REPLY_LENGTH, replyToClarification } from './reply'

type Newsroom = () => Promise<Payload>
type Context = { params: Promise<{ code: string }> }

/** `POST /api/foi/requests/{code}/reply` with `{ "message" }` (JSON or form): the citizen's clarification. */
export const replyHandler =
  (newsroom: Newsroom) =>
  async (request: Request, { params }: Context): Promise<Response> => {
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    const text = await request.text()
    if (Buffer.byteLength(text) > MAX_REPLY_LENGTH * 8) return publicProblem(413, 'پاسخ بیش از اندازه بلند است. / The reply is too long.')
    let message: unknown
    if (type === 'application/x-www-form-urlencoded') message = new URLSearchParams(text).get('message')
    else if (type === 'application/json') {
      try {
        message = (JSON.parse(text) as { message?: unknown } | null)?.message
      } catch {
        return publicProblem(400, 'بدنه باید JSON باشد. / The body must be JSON: { "message": "..." }.')
      }
    } else return publicProblem(415, 'پاسخ را به صورت JSON یا فرم بفرستید. / Send the reply as JSON or a form.')
    const code = decodeURIComponent((await params).code)
    const result = await replyToClarification(await newsroom(), { code, headers: request.headers }, message)
    if (result.ok) return publicJson({ status: result.status, dueAt: result.dueAt })
    if (result.status === 429) return publicProblem(429, result.error, {}, { 'Retry-After': String(result.retryAfter) })
    return publicProblem(result.status, result.error, result.field ? { field: result.field } : {})
  }
