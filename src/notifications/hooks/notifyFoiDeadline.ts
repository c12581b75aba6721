import type { PayloadRequest } from 'payload'

import type { RelationValue } from '@/access/relationId'
import type { NewsroomEvents } from '@/lib/events'
import type { User } from '@/payload-types'
import { NOTIFICATIONS_SLUG } from '../collection'
import { emailNotification } from '../email'
import { foiDeadlineMessage } from '../events'
import { supervisorsCovering, userOf } from '../recipients'

/**
 * An FOI request's deadline reminder goes to its assignee and to the supervisors covering its
 * organization, each once. Written as the system in the job's transaction; a failure is logged
 * and never fails the job (the reminder would be retried and sent twice).
 */
export async function notifyFoiDeadline(req: PayloadRequest, event: NewsroomEvents['foiDeadlineApproaching']): Promise<void> {
  try {
    const { request } = event
    const candidates: Array<User | null> = [
      await userOf(req, request.assignee as RelationValue),
      ...(await supervisorsCovering(req, request.organization as RelationValue)),
    ]
    const recipients = [
      ...new Map(candidates.filter((user): user is User => user !== null).map((user) => [String(user.id), user])).values(),
    ]
    const message = foiDeadlineMessage(request.trackingCode, request.subject, event.percent, event.overdue)
    for (const recipient of recipients) {
      await req.payload.create({
        collection: NOTIFICATIONS_SLUG,
        data: {
          recipient: recipient.id,
          message,
          document: { relationTo: 'foi-requests', value: request.id as number },
          event: 'foi_deadline',
          read: false,
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      emailNotification(req, recipient, { message, collection: 'foi-requests', id: request.id })
    }
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'FOI deadline notifications could not be written' })
  }
}
