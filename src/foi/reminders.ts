import type { CollectionAfterChangeHook, PayloadRequest, TaskConfig } from 'payload'

import { announce } from '@/lib/events'
import type { FoiRequest } from '@/payload-types'
import { isOverdue } from './overdue'
import { FOI_QUEUE, FOI_REQUESTS_SLUG, type FoiStatus } from './vocabulary'

const REMINDER_TASK = 'foiDeadlineReminder'

/** Reminders at these shares of the time between registration and the deadline. */
export const REMINDER_PERCENTS = [50, 80, 100] as const
export type ReminderPercent = (typeof REMINDER_PERCENTS)[number]

/** When each reminder is due: a share of the calendar time from registration to the deadline. */
export function reminderTimes(registeredAt: string, dueAt: string): Array<{ percent: ReminderPercent; at: Date }> {
  const start = Date.parse(registeredAt)
  const end = Date.parse(dueAt)
  return REMINDER_PERCENTS.map((percent) => ({ percent, at: new Date(start + ((end - start) * percent) / 100) }))
}

/** States in which nobody needs reminding: the desk responded, or the citizen holds the request. */
const QUIET: readonly FoiStatus[] = [
  'clarification_requested',
  'answered',
  'partially_answered',
  'refused',
  'not_held',
  'referred',
  'closed',
  'complaint',
]

/**
 * Queues the three reminders of a request whenever its deadline is set: at registration, when a
 * clarification restarts the clock, and when an upheld complaint reopens the request. Jobs live in the database, so a restart loses none; a job whose
 * deadline has since moved finds the request's `dueAt` changed and does nothing.
 */
export const scheduleReminders: CollectionAfterChangeHook<FoiRequest> = async ({ doc, previousDoc, operation, req }) => {
  if (!doc.registeredAt || !doc.dueAt) return doc
  if (operation === 'update' && previousDoc?.dueAt === doc.dueAt) return doc
  // The time runs from when this deadline was set: registration, a clarification's restart (which
  // re-registers), or a reopening after an upheld complaint (which keeps the first registration).
  const start = new Date(Math.max(Date.parse(doc.registeredAt), Date.now())).toISOString()
  // A deadline set already past (a backdated paper request) is reminded of once, as overdue.
  const reminders = reminderTimes(start, doc.dueAt).filter(({ percent }) => percent === 100 || Date.parse(doc.dueAt!) > Date.parse(start))
  for (const { percent, at } of reminders) {
    await req.payload.jobs.queue({
      task: REMINDER_TASK,
      queue: FOI_QUEUE,
      waitUntil: at,
      input: { id: String(doc.id), dueAt: doc.dueAt, percent },
      req,
    })
  }
  return doc
}

/** Announces a reminder (notifications hears it) if the request still waits for this deadline's answer. */
async function remind(req: PayloadRequest, input: { id: string; dueAt: string; percent: number }): Promise<string> {
  const doc = await req.payload
    .findByID({
      collection: FOI_REQUESTS_SLUG,
      id: input.id,
      depth: 0,
      select: { organization: true, assignee: true, trackingCode: true, subject: true, dueAt: true, status: true },
      // A job of the desk's own, acting for no one: it reads the request as the system.
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  if (!doc) return 'request deleted'
  if (doc.dueAt !== input.dueAt) return 'deadline moved'
  if (QUIET.includes(doc.status as FoiStatus)) return 'nothing owed'
  await announce(req, 'foiDeadlineApproaching', {
    request: {
      id: doc.id,
      organization: doc.organization,
      assignee: doc.assignee,
      trackingCode: doc.trackingCode ?? '',
      subject: doc.subject ?? '',
    },
    percent: input.percent,
    overdue: isOverdue(doc.status as FoiStatus, doc.dueAt),
  })
  return `reminded at ${input.percent}%`
}

export const reminderTask: TaskConfig<'foiDeadlineReminder'> = {
  slug: REMINDER_TASK,
  retries: 3,
  inputSchema: [
    { name: 'id', type: 'text', required: true },
    { name: 'dueAt', type: 'text', required: true },
    { name: 'percent', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => ({ output: { outcome: await remind(req, input) } }),
}
