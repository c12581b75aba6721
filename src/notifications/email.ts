import type { PayloadRequest } from 'payload'

import type { User } from '@/payload-types'
import type { WorkflowCollection } from '@/config/editorial'

export type NotificationMail = {
  message: string
  comment?: string | null
  collection: WorkflowCollection | 'foi-requests'
  id: number | string
}

/** Where the recipient opens the document: the admin's edit view on the public URL of the newsroom. */
export function documentLink(req: PayloadRequest, collection: WorkflowCollection | 'foi-requests', id: number | string): string {
  const { serverURL, routes } = req.payload.config
  return `${serverURL || 'http://localhost:3000'}${routes.admin}/collections/${collection}/${id}`
}

/**
 * Emails one notification to its recipient (to the log when no SMTP server is configured). Not
 * awaited: a slow or failing mail server must neither hold up nor fail a transition, so a
 * failure is only logged.
 */
export function emailNotification(req: PayloadRequest, recipient: User, mail: NotificationMail): void {
  const comment = mail.comment?.trim()
  const text = [mail.message, comment ? `توضیح / Comment: ${comment}` : '', documentLink(req, mail.collection, mail.id)]
    .filter(Boolean)
    .join('\n\n')
  Promise.resolve()
    .then(() => req.payload.sendEmail({ to: recipient.email, subject: mail.message, text }))
    .catch((error: unknown) => req.payload.logger.error({ err: error, msg: `Notification email to ${recipient.email} failed` }))
}
