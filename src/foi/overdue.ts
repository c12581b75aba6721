import type { FoiStatus } from './vocabulary'

/** States in which the desk owes an answer; while a clarification is awaited the citizen holds the request. */
const OWING: readonly FoiStatus[] = ['registered', 'assigned']

/** Overdue is derived when asked, never stored, so it is never stale. */
export function isOverdue(status: FoiStatus | null | undefined, dueAt: string | null | undefined, now: Date = new Date()): boolean {
  return Boolean(status && dueAt && OWING.includes(status) && Date.parse(dueAt) < now.getTime())
}
