import type { Payload } from 'payload'

import { WORKFLOW_COLLECTIONS } from '@/config/editorial'
import { backfillCategoryKeys } from './categoryKeys'
import { queueStore } from './jobs'
import { publicRequest } from './publicRequest'
import { MISSING, OUTDATED, queueRefresh } from './refresh'

/**
 * At server start: rows without category keys get them (./categoryKeys.ts), and live documents
 * without stored answers (rows from before answers were stored, or a write made without this
 * feature's hooks), or with answers an earlier version of the rendering made (RENDERER), get
 * them from jobs, while the server already answers (the API renders such rows as it reads them
 * until then). A release under embargo is stored when its embargo ends. Costs three queries per
 * collection when nothing is missing, two of them lookups on an index.
 */
export async function backfillStoredAnswers(payload: Payload): Promise<void> {
  await backfillCategoryKeys(payload)
  const req = await publicRequest(payload)
  // Which rows lack answers or hold an earlier version's, not a read on anyone's behalf (a release
  // under embargo counts: the refresh renders it to nothing, and its own job stores it when the
  // embargo ends). Asked one way at a time: each is cheap alone, not joined by `or`.
  const checks = WORKFLOW_COLLECTIONS.flatMap((collection) =>
    [{ and: [{ _status: { equals: 'published' } }, MISSING] }, ...OUTDATED].map((where) => ({ collection, where })),
  )
  for (const { collection, where } of checks) {
    const found = await payload.find({ collection, where, limit: 1, pagination: false, depth: 0, select: {}, overrideAccess: true })
    if (found.docs.length > 0) {
      await queueRefresh(req, { missing: true })
      break
    }
  }
  const embargoed = await payload.find({
    collection: 'press-releases',
    where: {
      and: [{ _status: { equals: 'published' } }, { embargoUntil: { greater_than: new Date().toISOString() } }, MISSING],
    },
    pagination: false,
    depth: 0,
    select: { embargoUntil: true },
    overrideAccess: true,
  })
  for (const release of embargoed.docs) await queueStore(req, 'press-releases', release.id, new Date(release.embargoUntil!))
}
