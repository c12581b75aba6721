import type { Payload } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import { lexicalPlainText } from '@/lib/lexical/plainText'
import type { FoiRequest } from '@/payload-types'
import { isOverdue } from '../overdue'
import {
  DISCLOSING_OUTCOMES,
  FOI_STATUS_LABELS,
  LEGAL_GROUND_LABELS,
  type FoiOutcome,
  type FoiStatus,
  type LegalGround,
} from '../vocabulary'

/**
 * The only fields a public answer is built from: the requester's name, email and phone are never
 * read for one, so no later change to the serializer can leak them.
 */
export const PUBLIC_SELECT = {
  trackingCode: true,
  organization: true,
  status: true,
  outcome: true,
  registeredAt: true,
  dueAt: true,
  respondedAt: true,
  subject: true,
  question: true,
  answer: true,
  legalGround: true,
  reason: true,
} as const

export type PublicSource = Pick<FoiRequest, 'id' | keyof typeof PUBLIC_SELECT>

export type PublicOrganization = { slug: string; name: string }

export async function publicOrganization(
  payload: Payload,
  organization: unknown,
  locale: 'fa' | 'en' = 'fa',
): Promise<PublicOrganization | null> {
  const id = relationId(organization as RelationValue)
  if (id === null) return null
  const org = await payload
    .findByID({ collection: 'organizations', id, depth: 0, locale, select: { slug: true, name: true }, overrideAccess: true })
    .catch(() => null)
  return org ? { slug: org.slug ?? '', name: org.name } : null
}

/** What a citizen holding the code sees: state, dates, and once given the answer or the reasoned refusal. */
export function publicStatus(doc: PublicSource, organization: PublicOrganization | null, now = new Date()) {
  const status = doc.status as FoiStatus
  const outcome = (doc.outcome ?? null) as FoiOutcome | null
  const disclosed = outcome !== null && DISCLOSING_OUTCOMES.includes(outcome)
  const withheld = outcome === 'refused' || outcome === 'partially_answered'
  return {
    trackingCode: doc.trackingCode,
    organization,
    status,
    statusLabel: FOI_STATUS_LABELS[status],
    outcome,
    registeredAt: doc.registeredAt,
    dueAt: doc.dueAt,
    overdue: isOverdue(status, doc.dueAt),
    respondedAt: doc.respondedAt ?? null,
    answer: disclosed ? lexicalPlainText(doc.answer) : null,
    legalGround: withheld ? (doc.legalGround ?? null) : null,
    legalGroundLabel: withheld && doc.legalGround ? LEGAL_GROUND_LABELS[doc.legalGround as LegalGround] : null,
    reason: withheld || outcome === 'not_held' ? (doc.reason ?? null) : null,
    checkedAt: now.toISOString(),
  }
}

/**
 * An entry of the public log: a consenting requester's question and the answer, no one named.
 * Named by the request's id, never its tracking code: the code is the requester's only key (it
 * reads the request's state and replies to a clarification in their name), and the log is public.
 */
export function publicLogEntry(doc: PublicSource, organization: PublicOrganization | null) {
  return {
    id: doc.id,
    organization,
    outcome: doc.outcome,
    outcomeLabel: doc.outcome ? FOI_STATUS_LABELS[doc.outcome as FoiOutcome] : null,
    subject: doc.subject,
    question: doc.question,
    answer: lexicalPlainText(doc.answer),
    legalGround: doc.outcome === 'partially_answered' ? (doc.legalGround ?? null) : null,
    registeredAt: doc.registeredAt,
    respondedAt: doc.respondedAt ?? null,
  }
}
