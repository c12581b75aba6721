import type { PayloadRequest } from 'payload'

import { asNewsroomUser } from '@/access/roles'
import { relationId, sameId, type RelationValue } from '@/access/relationId'
import { documentScope, scopeIncludes, userScope } from '@/access/scope'
import { lexicalPlainText } from '@/lib/lexical/plainText'
import type { FoiRequest } from '@/payload-types'
import { foiDueAt } from './calendarGlobal'
import { decideFoiTransition, type FoiRequirement } from './transitions'
import { writeFoiTransition } from './writeTransition'
import {
  FOI_REQUESTS_SLUG,
  COMPLAINT_OUTCOME_LABELS,
  HAZARD_PERMITTED_GROUNDS,
  isComplaintOutcome,
  isLegalGround,
  UPHELD_OUTCOMES,
  type ComplaintOutcome,
  type FoiOutcome,
  type FoiStatus,
  type LegalGround,
} from './vocabulary'

export type FoiTransitionRequest = {
  id: number | string
  to: FoiStatus
  comment?: string
  assignee?: number | string
  legalGround?: string
  reason?: string
  referredTo?: number | string
  complaintOutcome?: string
}

export class FoiTransitionError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409,
    message: string,
    readonly allowed?: FoiStatus[],
  ) {
    super(message)
  }
}

/** What a move reads of the request: never the requester's personal data. */
const SELECT = { status: true, organization: true, answer: true, hazardInformation: true, trackingCode: true, complaint: true } as const
type Current = Pick<FoiRequest, 'id' | 'status' | 'organization' | 'answer' | 'hazardInformation' | 'trackingCode' | 'complaint'>

const bad = (message: string) => new FoiTransitionError(400, message)

/**
 * Moves a request to `to` for the user on `req`: readable by them (else 404, which also covers
 * requests outside their scope), a move that exists (else 409 naming the legal targets), theirs to
 * make (else 403), carrying what the move requires (else 400, nothing changed). The write goes
 * through the Local API with `overrideAccess: false`.
 */
export async function applyFoiTransition(req: PayloadRequest, request: FoiTransitionRequest) {
  const user = asNewsroomUser(req.user)
  if (!user) throw new FoiTransitionError(401, 'برای تغییر وضعیت وارد شوید. / Log in to change the state of a request.')
  const doc = (await req.payload
    .findByID({ collection: FOI_REQUESTS_SLUG, id: request.id, depth: 0, select: SELECT, overrideAccess: false, req })
    .catch(() => null)) as Current | null
  if (!doc)
    throw new FoiTransitionError(
      404,
      `درخواستی با شناسه ${request.id} که اجازه دیدنش را داشته باشید نیست. / No request ${request.id} that you can see.`,
    )

  const from = (doc.status ?? 'registered') as FoiStatus
  const inScope = scopeIncludes(await userScope(req), doc.organization)
  const decision = decideFoiTransition(from, request.to, user.role)
  if (!decision.ok && decision.reason === 'illegal') {
    throw new FoiTransitionError(
      409,
      `درخواست در وضعیت «${from}» به «${request.to}» نمی‌رود. / A request in "${from}" cannot move to "${request.to}".`,
      decision.allowed,
    )
  }
  if (!inScope || !decision.ok) {
    throw new FoiTransitionError(
      403,
      `این تغییر وضعیت با شما نیست. / You may not move this request from "${from}" to "${request.to}".`,
      decision.ok ? [] : decision.allowed,
    )
  }

  const requires = new Set<FoiRequirement>(decision.transition.requires ?? [])
  const data = await dataFor(req, doc, from, request, requires)
  return writeFoiTransition(req, {
    id: doc.id,
    organization: doc.organization,
    from,
    to: request.to,
    data,
    comment: request.comment ?? (requires.has('reason') ? request.reason : decisionNote(request, requires)),
    legalGround: data.legalGround as LegalGround | undefined,
    referredTo: requires.has('referredTo') ? request.referredTo : undefined,
  })
}

/** The Commission's decision in words, for the history row of a move that records it without a comment. */
function decisionNote(request: FoiTransitionRequest, requires: Set<FoiRequirement>): string | undefined {
  if (!requires.has('complaintOutcome') && !requires.has('upheldOutcome')) return undefined
  if (!isComplaintOutcome(request.complaintOutcome)) return undefined
  const label = COMPLAINT_OUTCOME_LABELS[request.complaintOutcome]
  return `رأی کمیسیون: ${label.fa} / The Commission's decision: ${label.en}`
}

/** Checks what the move requires and returns the fields it writes beside `status`. */
async function dataFor(
  req: PayloadRequest,
  doc: Current,
  from: FoiStatus,
  request: FoiTransitionRequest,
  requires: Set<FoiRequirement>,
): Promise<Record<string, unknown>> {
  const now = new Date()
  const data: Record<string, unknown> = {}
  if (requires.has('comment') && !request.comment?.trim()) {
    throw bad(
      request.to === 'registered'
        ? 'پاسخ متقاضی به درخواست توضیح را در "comment" بنویسید. / Record the citizen\'s reply in "comment".'
        : 'پرسش خود از متقاضی را در "comment" بنویسید. / Write your question to the citizen in "comment".',
    )
  }
  if (requires.has('assignee')) data.assignee = await checkedAssignee(req, doc, request.assignee)
  if (requires.has('answer') && !lexicalPlainText(doc.answer)) {
    throw bad('ابتدا متن پاسخ را در درخواست ذخیره کنید. / Save the answer in the request first: "answer" is empty.')
  }
  if (requires.has('legalGround')) data.legalGround = checkedGround(doc, request)
  if (requires.has('reason')) {
    if (!request.reason?.trim() || request.reason.length > 4000) {
      throw bad('دلیل ("reason") لازم است: متنی تا ۴۰۰۰ نویسه. / "reason" is required: a written reason of at most 4000 characters.')
    }
    data.reason = request.reason.trim()
  }
  if (requires.has('referredTo')) data.referredTo = await checkedReferral(req, doc, request.referredTo)
  if (requires.has('complaintOutcome')) {
    if (!isComplaintOutcome(request.complaintOutcome)) {
      throw bad(
        '"complaintOutcome" باید upheld، partially_upheld، dismissed یا withdrawn باشد. / "complaintOutcome" must be upheld, partially_upheld, dismissed or withdrawn.',
      )
    }
    data.complaint = { ...doc.complaint, outcome: request.complaintOutcome as ComplaintOutcome, decidedAt: now.toISOString() }
  }
  if (requires.has('upheldOutcome')) {
    if (!UPHELD_OUTCOMES.includes(request.complaintOutcome as ComplaintOutcome)) {
      throw bad(
        'بازگشایی فقط با رأی به نفع متقاضی است: "complaintOutcome" باید upheld یا partially_upheld باشد. / Reopening follows a decision for the requester: "complaintOutcome" must be upheld or partially_upheld.',
      )
    }
    // The Commission found for the requester: the earlier response no longer stands, the desk
    // answers again by a new deadline counted from the decision (registration stays as it was).
    data.complaint = { ...doc.complaint, outcome: request.complaintOutcome as ComplaintOutcome, decidedAt: now.toISOString() }
    Object.assign(data, { outcome: null, respondedAt: null, legalGround: null, reason: null })
    data.dueAt = (await foiDueAt(req, now)).toISOString()
  }

  if (from === 'clarification_requested' && request.to === 'registered') {
    // The citizen replied: the request counts as registered now, with a new legal deadline.
    data.registeredAt = now.toISOString()
    data.dueAt = (await foiDueAt(req, now)).toISOString()
  }
  if ((['answered', 'partially_answered', 'refused', 'not_held', 'referred'] as FoiStatus[]).includes(request.to)) {
    data.outcome = request.to as FoiOutcome
    data.respondedAt = now.toISOString()
  }
  if (request.to === 'complaint') data.complaint = { filedAt: now.toISOString(), outcome: null, decidedAt: null }
  // The retention period of the requester's data runs from the last closing.
  data.closedAt = request.to === 'closed' ? now.toISOString() : null
  return data
}

async function checkedAssignee(req: PayloadRequest, doc: Current, assignee: unknown): Promise<number | string> {
  const message =
    '"assignee" باید شناسه کارمندی از همین استان باشد. / "assignee" must be the id of a staff member in the request\'s province.'
  if (typeof assignee !== 'number' && typeof assignee !== 'string') throw bad(message)
  // Read as the person assigning: an account they cannot see is no assignee of theirs (the same 400).
  const user = await req.payload
    .findByID({ collection: 'users', id: assignee, depth: 0, select: { organization: true }, overrideAccess: false, req })
    .catch(() => null)
  if (!user || !scopeIncludes(await documentScope(req, doc.organization), user.organization)) throw bad(message)
  return user.id
}

function checkedGround(doc: Current, request: FoiTransitionRequest): LegalGround {
  if (!isLegalGround(request.legalGround)) {
    throw bad('مستند قانونی ("legalGround") را از مواد ۱۳ تا ۱۷ انتخاب کنید. / Choose the "legalGround" from the Law\'s arts. 13–17.')
  }
  // The Law's exceptions never cover environmental or public-health hazards: such information is
  // not refused, and only other people's personal data may be taken out of it.
  if (doc.hazardInformation && (request.to === 'refused' || !HAZARD_PERMITTED_GROUNDS.includes(request.legalGround))) {
    throw bad(
      "اطلاعات مربوط به خطرات زیست‌محیطی و سلامت عمومی را نمی‌توان رد کرد؛ فقط داده‌های شخصی دیگران حذف می‌شود. / Information on environmental or public-health hazards cannot be withheld; only other people's personal data may be removed (partially_answered with private_information).",
    )
  }
  return request.legalGround
}

async function checkedReferral(req: PayloadRequest, doc: Current, referredTo: unknown): Promise<number | string> {
  const message = '"referredTo" باید شناسه دستگاه دیگری باشد. / "referredTo" must be the id of another organization.'
  if (typeof referredTo !== 'number' && typeof referredTo !== 'string') throw bad(message)
  const organization = await req.payload
    .findByID({ collection: 'organizations', id: referredTo, depth: 0, select: { slug: true }, overrideAccess: false, req })
    .catch(() => null)
  if (!organization || sameId(organization.id, doc.organization as RelationValue)) throw bad(message)
  return relationId(organization.id)!
}
