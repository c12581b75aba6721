import { createLocalReq, type Payload } from 'payload'

import type { FoiRequest } from '@/payload-types'

import { foiDueAt } from '../calendarGlobal'
import { findRequestByCode, TooManyCodeGuesses } from '../codeGuesses'
import { writeFoiTransition } from '../writeTransition'

export const MAX_REPLY_LENGTH = 4000

export type ReplyResult =
  | { ok: true; status: 'registered'; dueAt: string }
  | { ok: false; status: 400 | 404 | 409; error: string; field?: string }
  | { ok: false; status: 429; error: string; retryAfter: number }

/**
 * The citizen answers the desk's request for clarification, by the request's code: the request
 * counts as registered now, with a new legal deadline, and the reply is the history row's comment
 * (staff read it there). Only a request awaiting clarification takes a reply. Made by the system:
 * the code is the citizen's key, there is no account.
 */
export async function replyToClarification(
  payload: Payload,
  lookup: { code: string; headers: Headers },
  message: unknown,
): Promise<ReplyResult> {
  let doc: Pick<FoiRequest, 'id' | 'status' | 'organization'> | undefined
  try {
    doc = (await findRequestByCode(payload, lookup, { status: true, organization: true })) as typeof doc
  } catch (error) {
    if (error instanceof TooManyCodeGuesses) return { ok: false, status: 429, error: error.message, retryAfter: error.retryAfter }
    throw error
  }
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
