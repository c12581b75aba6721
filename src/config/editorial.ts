/**
 * The editorial vocabulary every feature shares, in one place: which collections are editorial
 * (news items, press releases, campaigns), the states they move through and their labels.
 */

/** The editorial states a news item, press release or campaign moves through. */
export const WORKFLOW_STATUSES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived'] as const

export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]

export const WORKFLOW_COLLECTIONS = ['news-items', 'press-releases', 'campaigns'] as const
export type WorkflowCollection = (typeof WORKFLOW_COLLECTIONS)[number]

export function isWorkflowStatus(value: unknown): value is WorkflowStatus {
  return typeof value === 'string' && (WORKFLOW_STATUSES as readonly string[]).includes(value)
}

export function isWorkflowCollection(value: unknown): value is WorkflowCollection {
  return typeof value === 'string' && (WORKFLOW_COLLECTIONS as readonly string[]).includes(value)
}

export const STATUS_LABELS: Record<WorkflowStatus, { fa: string; en: string }> = {
  draft: { fa: 'پیش‌نویس', en: 'Draft' },
  in_review: { fa: 'در انتظار بررسی', en: 'In review' },
  changes_requested: { fa: 'نیازمند اصلاح', en: 'Changes requested' },
  approved: { fa: 'تأییدشده', en: 'Approved' },
  scheduled: { fa: 'زمان‌بندی‌شده', en: 'Scheduled' },
  published: { fa: 'منتشرشده', en: 'Published' },
  archived: { fa: 'بایگانی (لغو انتشار)', en: 'Archived (unpublished)' },
}

/**
 * What a write meant for the public: the document became visible, stopped being visible, or
 * changed while visible. The delivery feature classifies each write of an editorial collection and
 * announces it (`publicChange`, src/lib/events.ts); webhooks subscribe to it.
 */
export type PublicChange = 'published' | 'unpublished' | 'updated'

/** The history of workflow transitions: written by the workflow, read by audit, notifications and webhooks. */
export const TRANSITIONS_SLUG = 'workflow-transitions'
