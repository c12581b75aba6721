import { createLocalReq, type Payload } from 'payload'

import { foiDueAt } from '../calendarGlobal'
import { normalizeTrackingCode } from '../trackingCode'
import { FOI_REQUESTS_SLUG } from '../vocabulary'
import { writeFoiTransition } from '../writeTransition'

export const MAX_REPLY_LENGTH = 4000

export type ReplyResult =
  { ok: true; status: 'registered'; dueAt: string } | { ok: false; status: 400 | 404 | 409; error: string; field?: string }

/**
 * The citizen answers the desk's request for clarification, by the request's code: the request
 * counts as registered now, with a new legal deadline, and the reply is the history row's comment
 * (staff read it there). Only a request awaiting clarification takes a reply. Made by the system:
 * the code is the citizen's key, there is no account.
 */
export async function replyToClarification(payload: Payload, rawCode: string, message: unknown): Promise<ReplyResult> {
  const code = normalizeTrackingCode(rawCode)
  const found = code
    ? await payload.find({
        collection: FOI_REQUESTS_SLUG,
        where: { trackingCode: { equals: code } },
        select: { status: true, organization: true },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    : null
  const doc = found?.docs[0]
  if (!doc) return { ok: false, status: 404, error: 'درخواستی با این کد رهگیری نیست. / No request has this tracking code.' }
  if (
    typeof message !== 'string' ||
    !message.trim() ||
    message.length > MAX_REPLY_LENGTH ||
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(message)
  ) {
    return {
      ok: false,
      status: 400,
      field: 'message',
      error: `پاسخ خود را در «message» بنویسید (حداکثر ${MAX_REPLY_LENGTH} نویسه). / Write your reply in "message" (at most ${MAX_REPLY_LENGTH} characters).`,
    }
  }
  if (doc.status !== 'clarification_requested') {
    return {
      ok: false,
      status: 409,
      error: 'این درخواست منتظر توضیح شما نیست. / This request is not waiting for a clarification from you.',
    }
  }
  const req = await createLocalReq({}, payload)
  const now = new Date()
  const dueAt = (await foiDueAt(req, now)).toISOString()
  await writeFoiTransition(req, {
    id: doc.id,
    organization: doc.organization,
    from: 'clarification_requested',
    to: 'registered',
    data: { registeredAt: now.toISOString(), dueAt },
    comment: `پاسخ متقاضی / The requester's reply: ${message.trim()}`,
    overrideAccess: true,
  })
  return { ok: true, status: 'registered', dueAt }
}
