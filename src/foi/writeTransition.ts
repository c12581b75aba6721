import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { recordFoiTransition } from './history'
import { referRequest } from './referral'
import { emailRequester } from './requesterEmail'
import { PERSONAL_FIELDS } from './fields'
import { FOI_REQUESTS_SLUG, type FoiStatus, type LegalGround } from './vocabulary'

export type FoiTransitionWrite = {
  id: number | string
  organization: unknown
  from: FoiStatus
  to: FoiStatus
  /** The fields the move writes beside `status` (checked by applyFoiTransition). */
  data: Record<string, unknown>
  comment?: string
  legalGround?: LegalGround
  /** Set for a referral: the organization that receives a new request of its own. */
  referredTo?: number | string
  /** True only for the system acting on its own authority (a citizen's reply by code); people's moves keep their access. */
  overrideAccess?: boolean
}

/**
 * The one way a request changes state: the write with the desk's fields opened (by context, for
 * this write only, as the person's own access still applies), the new request at the receiving
 * organization for a referral, and the history row the audit log hears of, in one transaction (a
 * referral that cannot be made leaves the first request as it was); once committed, the requester
 * is emailed when the desk responded or asks them something (./requesterEmail.ts). Answers the
 * request without the requester's personal data: a move is not a read of them.
 */
export async function writeFoiTransition(req: PayloadRequest, write: FoiTransitionWrite) {
  const ownTransaction = await initTransaction(req)
  req.context.foiTransition = true
  try {
    const updated = await req.payload.update({
      collection: FOI_REQUESTS_SLUG,
      id: write.id,
      data: { ...write.data, status: write.to },
      depth: 0,
      overrideAccess: write.overrideAccess ?? false,
      req,
    })
    await recordFoiTransition(req, {
      request: write.id,
      organization: write.organization,
      from: write.from,
      to: write.to,
      comment: write.comment,
      legalGround: write.legalGround,
    })
    const referral = write.referredTo === undefined ? undefined : await referRequest(req, write.id, write.referredTo)
    const answer: Record<string, unknown> = { ...updated }
    for (const field of PERSONAL_FIELDS) delete answer[field]
    if (ownTransaction) await commitTransaction(req)
    // After the commit: a move that was rolled back must not have told the requester anything.
    // Logged without the error itself, which may name the address.
    emailRequester(req.payload, write.id, write.to, referral).catch((error: unknown) =>
      req.payload.logger.error(
        `FOI: the email to the requester of request ${String(write.id)} failed (${(error as { code?: string })?.code ?? 'error'}).`,
      ),
    )
    return referral ? { ...answer, referral } : answer
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  } finally {
    req.context.foiTransition = false
  }
}
