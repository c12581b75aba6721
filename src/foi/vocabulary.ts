/**
 * The FOI desk's vocabulary: its collections' slugs, the states a request moves through, the
 * channels it arrives by, the legal grounds of a refusal and the outcomes of a complaint. Values
 * are stored and answered by the API, so they are part of it; labels are Persian first.
 */

export const FOI_REQUESTS_SLUG = 'foi-requests'
export const FOI_TRANSITIONS_SLUG = 'foi-transitions'
export const FOI_FILINGS_SLUG = 'foi-filings'
export const FOI_CALENDAR_SLUG = 'foi-calendar'
/** The jobs queue of the desk's reminders and retention. */
export const FOI_QUEUE = 'foi'

type Label = { fa: string; en: string }

export const FOI_STATUSES = [
  'registered',
  'clarification_requested',
  'assigned',
  'answered',
  'partially_answered',
  'refused',
  'not_held',
  'referred',
  'closed',
  'complaint',
] as const
export type FoiStatus = (typeof FOI_STATUSES)[number]

export const FOI_STATUS_LABELS: Record<FoiStatus, Label> = {
  registered: { fa: 'ثبت‌شده', en: 'Registered' },
  clarification_requested: { fa: 'در انتظار توضیح متقاضی', en: 'Clarification requested' },
  assigned: { fa: 'ارجاع به کارشناس', en: 'Assigned' },
  answered: { fa: 'پاسخ داده شد', en: 'Answered' },
  partially_answered: { fa: 'پاسخ بخشی', en: 'Partially answered' },
  refused: { fa: 'رد شد', en: 'Refused' },
  not_held: { fa: 'اطلاعات موجود نیست', en: 'Information not held' },
  referred: { fa: 'ارجاع به دستگاه صالح', en: 'Referred' },
  closed: { fa: 'بسته شد', en: 'Closed' },
  complaint: { fa: 'شکایت به کمیسیون', en: 'Complaint to the Commission' },
}

/** The answers that end the desk's work on a request; kept as `outcome` once reached, closed or not. */
export const FOI_OUTCOMES = ['answered', 'partially_answered', 'refused', 'not_held', 'referred'] as const satisfies readonly FoiStatus[]
export type FoiOutcome = (typeof FOI_OUTCOMES)[number]

/** An answer the public may read: the information (or part of it) was given. */
export const DISCLOSING_OUTCOMES: readonly FoiOutcome[] = ['answered', 'partially_answered']

export const isFoiStatus = (value: unknown): value is FoiStatus =>
  typeof value === 'string' && (FOI_STATUSES as readonly string[]).includes(value)

export const FOI_CHANNELS = ['portal', 'in-person', 'mail'] as const
export const FOI_CHANNEL_LABELS: Record<(typeof FOI_CHANNELS)[number], Label> = {
  portal: { fa: 'درگاه اینترنتی', en: 'Web portal' },
  'in-person': { fa: 'مراجعه حضوری', en: 'In person' },
  mail: { fa: 'نامه', en: 'Mail' },
}

/**
 * The exceptions of the Law on Publication and Free Access to Information (arts. 13–17). None of
 * them covers information about environmental or public-health hazards: a request marked
 * `hazardInformation` cannot be refused, and only personal data may be withheld from it.
 */
export const LEGAL_GROUNDS = [
  'classified',
  'private_information',
  'commercial',
  'public_security',
  'crime_prevention',
  'tax_immigration',
] as const
export type LegalGround = (typeof LEGAL_GROUNDS)[number]

export const LEGAL_GROUND_LABELS: Record<LegalGround, Label> = {
  classified: { fa: 'اطلاعات طبقه‌بندی‌شده (ماده ۱۳)', en: 'Classified information (art. 13)' },
  private_information: { fa: 'اطلاعات شخصی و حریم خصوصی دیگران (ماده ۱۴)', en: "Other people's private information (art. 14)" },
  commercial: { fa: 'اطلاعات تجاری (ماده ۱۵)', en: 'Commercial information (art. 15)' },
  public_security: { fa: 'امنیت و آسایش عمومی (ماده ۱۶)', en: 'Public security (art. 16)' },
  crime_prevention: { fa: 'پیشگیری، کشف و تعقیب جرایم (ماده ۱۷)', en: 'Crime prevention and prosecution (art. 17)' },
  tax_immigration: { fa: 'کنترل مالیات و مهاجرت (ماده ۱۷)', en: 'Tax and immigration control (art. 17)' },
}

export const isLegalGround = (value: unknown): value is LegalGround =>
  typeof value === 'string' && (LEGAL_GROUNDS as readonly string[]).includes(value)

/** What withholding personal data from a hazard's information may still cite: the requester of the hazard has no claim to others' identities. */
export const HAZARD_PERMITTED_GROUNDS: readonly LegalGround[] = ['private_information']

export const COMPLAINT_OUTCOMES = ['upheld', 'partially_upheld', 'dismissed', 'withdrawn'] as const
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number]
export const COMPLAINT_OUTCOME_LABELS: Record<ComplaintOutcome, Label> = {
  upheld: { fa: 'وارد دانسته شد', en: 'Upheld' },
  partially_upheld: { fa: 'بخشی وارد دانسته شد', en: 'Partially upheld' },
  dismissed: { fa: 'رد شد', en: 'Dismissed' },
  withdrawn: { fa: 'مسترد شد', en: 'Withdrawn' },
}
/** Decisions that find for the requester: the desk must answer again (the request reopens). */
export const UPHELD_OUTCOMES: readonly ComplaintOutcome[] = ['upheld', 'partially_upheld']
export const isComplaintOutcome = (value: unknown): value is ComplaintOutcome =>
  typeof value === 'string' && (COMPLAINT_OUTCOMES as readonly string[]).includes(value)

export const options = <V extends string>(values: readonly V[], labels: Record<V, Label>) =>
  values.map((value) => ({ value, label: labels[value] }))
