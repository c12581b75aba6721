import { relationId, type RelationValue } from '@/access/relationId'
import { workingDaysBetween, type WorkingCalendar } from '@/lib/workingCalendar'
import type { FoiRequest } from '@/payload-types'
import { isOverdue } from './overdue'
import { LEGAL_GROUNDS, type FoiStatus, type LegalGround } from './vocabulary'

/** What the figures read of a request: never the requester. */
export const FIGURES_SELECT = {
  organization: true,
  status: true,
  outcome: true,
  registeredAt: true,
  dueAt: true,
  respondedAt: true,
  legalGround: true,
  complaint: true,
} as const

export type FigureSource = Pick<FoiRequest, 'organization' | keyof typeof FIGURES_SELECT>

export type Figures = {
  received: number
  responded: number
  respondedOnTime: number
  overdueNow: number
  medianWorkingDaysToRespond: number | null
  refusalsByGround: Record<LegalGround, number>
  complaints: number
}

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The figures of a set of requests: counts, on-time share, the median speed in working days, refusals by ground. */
export function figuresOf(docs: FigureSource[], calendar: Partial<WorkingCalendar>, now = new Date()): Figures {
  const refusalsByGround = Object.fromEntries(LEGAL_GROUNDS.map((ground) => [ground, 0])) as Record<LegalGround, number>
  const speeds: number[] = []
  let responded = 0
  let respondedOnTime = 0
  let overdueNow = 0
  let complaints = 0
  for (const doc of docs) {
    if (isOverdue(doc.status as FoiStatus, doc.dueAt, now)) overdueNow++
    if (doc.complaint?.filedAt) complaints++
    if (!doc.outcome || !doc.respondedAt) continue
    responded++
    if (doc.dueAt && Date.parse(doc.respondedAt) <= Date.parse(doc.dueAt)) respondedOnTime++
    if (doc.registeredAt) speeds.push(workingDaysBetween(new Date(doc.registeredAt), new Date(doc.respondedAt), calendar))
    if ((doc.outcome === 'refused' || doc.outcome === 'partially_answered') && doc.legalGround) refusalsByGround[doc.legalGround]++
  }
  return {
    received: docs.length,
    responded,
    respondedOnTime,
    overdueNow,
    medianWorkingDaysToRespond: median(speeds),
    refusalsByGround,
    complaints,
  }
}

/** Figures per organization (by id) and for all of them together. */
export function figuresByOrganization(docs: FigureSource[], calendar: Partial<WorkingCalendar>, now = new Date()) {
  const groups = new Map<string, FigureSource[]>()
  for (const doc of docs) {
    const id = String(relationId(doc.organization as RelationValue))
    groups.set(id, [...(groups.get(id) ?? []), doc])
  }
  return {
    total: figuresOf(docs, calendar, now),
    organizations: [...groups].map(([organization, group]) => ({ organization, ...figuresOf(group, calendar, now) })),
  }
}
