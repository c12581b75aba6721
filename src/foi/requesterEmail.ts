import type { Payload } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'
import { foiStatusPath } from '@/config/publicUrls'
import { serverUrl } from '@/config/serverUrl'
import { FOI_REQUESTS_SLUG, FOI_STATUS_LABELS, type FoiStatus } from './vocabulary'

/** The moves the requester hears of by email: the desk responded, or asks them something. */
export const REQUESTER_NOTICE_STATES: readonly FoiStatus[] = [
  'answered',
  'partially_answered',
  'refused',
  'not_held',
  'referred',
  'clarification_requested',
]

export type RequesterNotice = {
  trackingCode: string
  status: FoiStatus
  /** The absolute address of the request's status page on its province's portal. */
  link: string
  /** A referral: the code the request has at the receiving organization, and that organization's name. */
  referral?: { trackingCode: string; organization: string }
}

const LEADS: Partial<Record<FoiStatus, string>> = {
  answered: 'به درخواست شما پاسخ داده شد.',
  partially_answered: 'به بخشی از درخواست شما پاسخ داده شد؛ دلیل و مستند قانونی بخش دیگر در صفحه پیگیری آمده است.',
  refused: 'درخواست شما رد شد؛ دلیل و مستند قانونی آن در صفحه پیگیری آمده است.',
  not_held: 'اطلاعات درخواستی شما نزد این دستگاه موجود نیست؛ توضیح آن در صفحه پیگیری آمده است.',
  referred: 'درخواست شما به دستگاه صالح ارجاع شد.',
  clarification_requested:
    'دستگاه برای پاسخ به درخواست شما توضیح بیشتری خواسته است؛ پرسش را در صفحه پیگیری ببینید و پاسخ دهید. تا پاسخ شما مهلت متوقف است.',
}

/**
 * The email to a requester, Persian first: the tracking code, the new state, what it means, and the
 * link to the status page. Never the answer, the desk's comment or anyone's personal data: the
 * mail passes through servers the ministry does not run, and the code is the key to the rest.
 */
export function requesterMail(notice: RequesterNotice): { subject: string; text: string } {
  const label = FOI_STATUS_LABELS[notice.status]
  const persian = [
    `درخواست دسترسی به اطلاعات ${notice.trackingCode}`,
    `وضعیت تازه: ${label.fa}`,
    LEADS[notice.status],
    notice.referral ? `کد رهگیری درخواست نزد ${notice.referral.organization}: ${notice.referral.trackingCode}` : undefined,
    `پیگیری و مشاهده پاسخ: ${notice.link}`,
  ]
  return {
    subject: `${notice.trackingCode}: ${label.fa} / ${label.en}`,
    text: [
      persian.filter(Boolean).join('\n'),
      `Information request ${notice.trackingCode}: ${label.en}. Follow it at ${notice.link}`,
      'این پیام خودکار است؛ به آن پاسخ ندهید. / This message is automatic; please do not reply.',
    ].join('\n\n'),
  }
}

/** The province whose portal carries an organization's desk: the organization itself or the nearest province above it. */
async function provinceSlugOf(payload: Payload, organization: unknown): Promise<string | null> {
  let id = relationId(organization as RelationValue)
  for (let depth = 0; id !== null && depth < 5; depth++) {
    const org = await payload
      .findByID({ collection: 'organizations', id, depth: 0, select: { slug: true, type: true, parent: true }, overrideAccess: true })
      .catch(() => null)
    if (!org) return null
    if (org.type === 'province') return org.slug ?? null
    id = relationId(org.parent as RelationValue)
  }
  return null
}

/**
 * Emails the requester of `id` that their request moved to `status`, if they gave an address.
 * Read as the system, without the user's request: this is the desk's own duty to the requester,
 * not a person reading their data (so not a `personal_data_read`), and the move has committed.
 * Not awaited by anyone who matters: a slow or failing mail server must not fail the move.
 */
export async function emailRequester(
  payload: Payload,
  id: number | string,
  status: FoiStatus,
  referral?: { trackingCode?: string | null; organization: unknown },
): Promise<void> {
  if (!REQUESTER_NOTICE_STATES.includes(status)) return
  const doc = await payload
    .findByID({
      collection: FOI_REQUESTS_SLUG,
      id,
      depth: 0,
      select: { email: true, trackingCode: true, organization: true },
      overrideAccess: true,
    })
    .catch(() => null)
  if (!doc?.email || !doc.trackingCode) return
  // Without SMTP, Payload would write the message, address and all, to the log: personal data
  // stays out of logs, so the requester is simply not emailed (the portal still shows the state).
  if (payload.email?.name === 'console') {
    payload.logger.debug(`FOI: no mail server (SMTP_HOST); the requester of ${doc.trackingCode} was not emailed.`)
    return
  }
  const province = await provinceSlugOf(payload, doc.organization)
  const origin = serverUrl() ?? (payload.config.serverURL || 'http://localhost:3000')
  const link = province ? `${origin}${foiStatusPath(province, doc.trackingCode)}` : origin
  let referredTo: RequesterNotice['referral']
  if (referral?.trackingCode) {
    const organization = await payload
      .findByID({
        collection: 'organizations',
        id: relationId(referral.organization as RelationValue)!,
        depth: 0,
        locale: 'fa',
        select: { name: true },
        overrideAccess: true,
      })
      .catch(() => null)
    referredTo = { trackingCode: referral.trackingCode, organization: organization?.name ?? '' }
  }
  const mail = requesterMail({ trackingCode: doc.trackingCode, status, link, referral: referredTo })
  await payload.sendEmail({ to: doc.email, ...mail })
}
