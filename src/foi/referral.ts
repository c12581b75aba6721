import { createLocalReq, type PayloadRequest } from 'payload'

import { recordFoiTransition } from './history'
import { FOI_REQUESTS_SLUG } from './vocabulary'

/**
 * A referred request arrives at the competent organization as a new request of its own: registered
 * now, with its own code and deadline, linked to the first (`referredFrom`), carrying the
 * requester and the question. It is registered by the system (no user, in the same transaction),
 * as a citizen's filing is: the receiving organization is usually outside the referring staff's
 * scope, and the scope rules rightly refuse them; its first history row names who referred it. The first request's attachments stay with it: they belong to the first office.
 */
export async function referRequest(req: PayloadRequest, fromId: number | string, organization: number | string) {
  // The requester's data is copied, not given to the referring person: read as the system too.
  const original = await req.payload.findByID({ collection: FOI_REQUESTS_SLUG, id: fromId, depth: 0, overrideAccess: true, req })
  const system = await createLocalReq({ context: req.context }, req.payload)
  system.transactionID = req.transactionID
  const referred = await req.payload.create({
    collection: FOI_REQUESTS_SLUG,
    data: {
      organization: organization as number,
      referredFrom: original.id,
      channel: original.channel,
      name: original.name,
      email: original.email,
      phone: original.phone,
      subject: original.subject,
      question: original.question,
      publishConsent: original.publishConsent,
      hazardInformation: original.hazardInformation,
    },
    depth: 0,
    overrideAccess: true,
    req: system,
  })
  await recordFoiTransition(req, {
    request: referred.id,
    organization,
    from: null,
    to: 'registered',
    comment: `ارجاع‌شده از ${original.trackingCode} / Referred from ${original.trackingCode}`,
  })
  return { id: referred.id, trackingCode: referred.trackingCode, dueAt: referred.dueAt, organization }
}
