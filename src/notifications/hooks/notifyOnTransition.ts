import type { PayloadRequest } from 'payload'

import { relationId, sameId, type RelationValue } from '@/access/relationId'
import type { User, WorkflowTransition } from '@/payload-types'
import { NOTIFICATIONS_SLUG } from '../collection'
import { emailNotification } from '../email'
import { eventForTransition, notificationMessage, type WorkflowNotificationEvent } from '../events'
import { supervisorsCovering, userOf } from '../recipients'

/**
 * On each new workflow history row: a submission goes to the supervisors covering the
 * document's organization; changes requested, approval and publication go to its author. Nobody
 * is told about their own action. Notifications join the transition's transaction; a failure
 * here is logged and never fails the transition.
 */
export async function notifyOnTransition(req: PayloadRequest, { transition: doc }: { transition: WorkflowTransition }): Promise<void> {
  const event = eventForTransition(doc.to)
  if (!event) return
  try {
    await notify(req, doc, event)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Notifications for a ${doc.to} transition could not be written` })
  }
}

async function notify(req: PayloadRequest, transition: WorkflowTransition, event: WorkflowNotificationEvent): Promise<void> {
  const collection = transition.document.relationTo
  const id = relationId(transition.document.value as RelationValue)
  if (id === null) return
  // The author and the Persian title (the message's first language), read as the system: the
  // actor need not be able to read the author's account.
  const document = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    locale: 'fa',
    overrideAccess: true,
    req,
  })
  const candidates: Array<User | null> =
    event === 'submitted' ? await supervisorsCovering(req, document.organization) : [await userOf(req, document.createdBy)]
  const recipients = candidates.filter((user): user is User => user !== null && !sameId(user.id, transition.actor as RelationValue))
  const message = notificationMessage(event, document.title || `#${id}`)
  for (const recipient of recipients) {
    await req.payload.create({
      collection: NOTIFICATIONS_SLUG,
      data: { recipient: recipient.id, message, document: { relationTo: collection, value: id as number }, event, read: false },
      depth: 0,
      overrideAccess: true,
      req,
    })
    emailNotification(req, recipient, { message, comment: transition.comment, collection, id })
  }
}
