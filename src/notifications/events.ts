import type { WorkflowStatus } from '@/config/editorial'

/** What a notification is about. The values are stored, so they are part of the API. */
export const NOTIFICATION_EVENTS = ['submitted', 'changes_requested', 'approved', 'published'] as const

export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number]

export const EVENT_LABELS: Record<NotificationEvent, { fa: string; en: string }> = {
  submitted: { fa: 'ارسال برای بررسی', en: 'Submitted for review' },
  changes_requested: { fa: 'درخواست اصلاح', en: 'Changes requested' },
  approved: { fa: 'تأیید', en: 'Approved' },
  published: { fa: 'انتشار', en: 'Published' },
}

/** The workflow states someone is told about; other moves (scheduling, archiving) notify nobody. */
export function eventForTransition(to: WorkflowStatus): NotificationEvent | null {
  switch (to) {
    case 'in_review':
      return 'submitted'
    case 'changes_requested':
    case 'approved':
    case 'published':
      return to
    default:
      return null
  }
}

/** A short Persian sentence, then the English after " / ". */
export function notificationMessage(event: NotificationEvent, title: string): string {
  switch (event) {
    case 'submitted':
      return `«${title}» برای بررسی ارسال شد. / "${title}" was submitted for review.`
    case 'changes_requested':
      return `برای «${title}» درخواست اصلاح ثبت شد. / Changes were requested on "${title}".`
    case 'approved':
      return `«${title}» تأیید شد. / "${title}" was approved.`
    case 'published':
      return `«${title}» منتشر شد. / "${title}" was published.`
  }
}
