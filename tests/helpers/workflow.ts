import { createLocalReq, type Payload } from 'payload'

import type { NewsItem, User } from '@/payload-types'
import { applyTransition } from '@/workflow/applyTransition'
import type { WorkflowCollection, WorkflowStatus } from '@/config/editorial'

/** A document put straight into a workflow state by the system, as the seed would. */
export async function newsItemIn(
  payload: Payload,
  status: WorkflowStatus,
  organization: number | string,
  title = `خبر در وضعیت ${status} ${Math.random().toString(36).slice(2, 8)}`,
): Promise<NewsItem> {
  const live = status === 'published'
  return payload.create({
    collection: 'news-items',
    data: {
      title,
      organization: organization as number,
      workflowStatus: status,
      _status: live ? 'published' : 'draft',
      publishAt: status === 'scheduled' ? new Date(Date.now() + 3_600_000).toISOString() : undefined,
    },
    draft: !live,
    overrideAccess: true,
  })
}

/** Makes a transition as `user`, exactly as the endpoint does. */
export async function transitionAs(
  payload: Payload,
  user: User,
  collection: WorkflowCollection,
  id: number | string,
  to: WorkflowStatus,
  extra: { comment?: string; publishAt?: Date } = {},
) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  return applyTransition(req, { collection, id, to, ...extra })
}
