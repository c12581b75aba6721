import type { WorkflowStatus } from '@/config/editorial'

/** What a notification is about. The values are stored, so they are part of the API. */
export const NOTIFICATION_EVENTS = ['submitted', 'changes_requested', 'approved', 'published', 'foi_deadline'] as const

export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number]
/** The events the editorial workflow's transitions raise. */
export type WorkflowNotificationEvent = Exclude<NotificationEvent, 'foi_deadline'>

export const EVENT_LABELS: Record<NotificationEvent, { fa: string; en: string }> = {
  submitted: { fa: 'ارسال برای بررسی', en: 'Submitted for review' },
  changes_requested: { fa: 'درخواست اصلاح', en: 'Changes requested' },
  approved: { fa: 'تأیید', en: 'Approved' },
  published: { fa: 'انتشار', en: 'Published' },
  foi_deadline: { fa: 'مهلت پاسخ به درخواست اطلاعات', en: 'FOI answer deadline' },
}

/** The workflow states someone is told about; other moves (scheduling, archiving) notify nobody. */
export function eventForTransition(to: WorkflowStatus): WorkflowNotificationEvent | null {
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
export function notificationMessage(event: WorkflowNotificationEvent, title: string): string {
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

/** An FOI reminder: the code and subject only (never the requester), and how much of the time is gone. */
export function foiDeadlineMessage(trackingCode: string, subject: string, percent: number, overdue: boolean): string {
  if (overdue || percent >= 100) {
    return `مهلت پاسخ به درخواست ${trackingCode} («${subject}») به پایان رسیده است. / The answer to ${trackingCode} ("${subject}") is due now.`
  }
  return `${percent}٪ از مهلت پاسخ به درخواست ${trackingCode} («${subject}») گذشته است. / ${percent}% of the time to answer ${trackingCode} ("${subject}") has passed.`
}
