import type { Payload, TaskConfig } from 'payload'

import { retentionDays } from '@/config/foi'
import { FOI_QUEUE, FOI_REQUESTS_SLUG } from './vocabulary'

const DAY_MS = 86_400_000
/** What stays in place of the requester's name: the field is required while the request is open. */
export const ERASED_NAME = 'حذف‌شده / erased'

/**
 * Removes the requester's name, email and phone from requests closed longer than the retention
 * period (FOI_RETENTION_DAYS), keeping the request, its answer and its figures: the law wants the
 * record, not the person. Runs as the system; returns how many requests it erased.
 */
export async function erasePersonalData(payload: Payload, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - retentionDays() * DAY_MS).toISOString()
  const due = await payload.find({
    collection: FOI_REQUESTS_SLUG,
    where: { and: [{ status: { equals: 'closed' } }, { closedAt: { less_than: before } }, { personalDataErasedAt: { exists: false } }] },
    select: { status: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of due.docs) {
    await payload.update({
      collection: FOI_REQUESTS_SLUG,
      id: doc.id,
      data: { name: ERASED_NAME, email: null, phone: null, personalDataErasedAt: now.toISOString() },
      depth: 0,
      overrideAccess: true,
    })
  }
  return due.docs.length
}

/** Daily at 03:00 (server time), in the FOI queue. */
export const retentionTask: TaskConfig<'foiEraseExpiredPersonalData'> = {
  slug: 'foiEraseExpiredPersonalData',
  schedule: [{ cron: '0 0 3 * * *', queue: FOI_QUEUE }],
  outputSchema: [{ name: 'erased', type: 'number' }],
  handler: async ({ req }) => ({ output: { erased: await erasePersonalData(req.payload) } }),
}
