import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

/**
 * A request with no user, so the collections' access rules read it as the public: what it finds
 * is what anonymous readers may see. Given a writer's request it joins that request's transaction
 * (answers stored during a write see the write) but shares nothing else with it: not the user,
 * not the context flags, and not the data loader, whose cache is not keyed by user.
 */
export async function publicRequest(payload: Payload, within?: PayloadRequest): Promise<PayloadRequest> {
  const req: Partial<PayloadRequest> = within?.transactionID ? { transactionID: within.transactionID } : {}
  return createLocalReq({ req, context: {} }, payload)
}
