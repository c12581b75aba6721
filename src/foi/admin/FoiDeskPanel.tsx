'use client'
import { Button, toast, useAuth, useDocumentInfo, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState, type ReactNode } from 'react'

import type { Role } from '@/access/roles'
import { FOI_TRANSITIONS, foiAllowedTargets, type FoiRequirement } from '../transitions'
import {
  COMPLAINT_OUTCOME_LABELS,
  COMPLAINT_OUTCOMES,
  isFoiStatus,
  LEGAL_GROUND_LABELS,
  LEGAL_GROUNDS,
  UPHELD_OUTCOMES,
  type FoiStatus,
} from '../vocabulary'

type Lang = 'fa' | 'en'
type Text = Record<Lang, string>
type Option = { value: string; label: string }

const ACTIONS: Record<FoiStatus, Text> = {
  registered: { fa: 'ثبت پاسخ متقاضی', en: "Record the requester's reply" },
  clarification_requested: { fa: 'درخواست توضیح از متقاضی', en: 'Ask the requester to clarify' },
  assigned: { fa: 'ارجاع به کارشناس', en: 'Assign' },
  answered: { fa: 'ارسال پاسخ', en: 'Answer' },
  partially_answered: { fa: 'پاسخ بخشی', en: 'Answer in part' },
  refused: { fa: 'رد درخواست', en: 'Refuse' },
  not_held: { fa: 'اطلاعات موجود نیست', en: 'Information not held' },
  referred: { fa: 'ارجاع به دستگاه صالح', en: 'Refer to another agency' },
  closed: { fa: 'بستن درخواست', en: 'Close' },
  complaint: { fa: 'ثبت شکایت به کمیسیون', en: 'Record a complaint to the Commission' },
}
/** Moves out of a complaint are the Commission's decision, recorded. */
const DECISIONS: Partial<Record<FoiStatus, Text>> = {
  closed: { fa: 'ثبت رأی کمیسیون و بستن', en: "Record the Commission's decision and close" },
  assigned: { fa: 'بازگشایی به رأی کمیسیون', en: "Reopen on the Commission's decision" },
}

const WORDS = {
  heading: { fa: 'اقدام روی درخواست', en: 'Act on this request' },
  none: { fa: 'اقدامی از شما در این وضعیت برنمی‌آید.', en: 'There is nothing for you to do in this state.' },
  saveFirst: { fa: 'ابتدا تغییرات را ذخیره کنید.', en: 'Save your changes first.' },
  confirm: { fa: 'ثبت', en: 'Confirm' },
  cancel: { fa: 'انصراف', en: 'Cancel' },
  choose: { fa: '— انتخاب کنید —', en: '— choose —' },
  loading: { fa: 'در حال بارگذاری…', en: 'Loading…' },
  comment: { fa: 'توضیح (اختیاری)', en: 'Comment (optional)' },
  question: { fa: 'پرسش از متقاضی', en: 'Your question to the requester' },
  reply: { fa: 'پاسخ متقاضی', en: "The requester's reply" },
  assignee: { fa: 'کارشناس مسئول', en: 'Assignee' },
  legalGround: { fa: 'مستند قانونی', en: 'Legal ground' },
  reason: { fa: 'دلیل (برای متقاضی نمایش داده می‌شود)', en: 'Reason (shown to the requester)' },
  referredTo: { fa: 'دستگاه صالح', en: 'Competent agency' },
  complaintOutcome: { fa: 'رأی کمیسیون', en: "The Commission's decision" },
  answer: {
    fa: 'متن پاسخِ ذخیره‌شده برای متقاضی منتشر می‌شود.',
    en: 'The saved answer is what the requester will read.',
  },
} satisfies Record<string, Text>

/** The endpoint's messages are "Persian / English": the admin's language's half. */
function inLanguage(message: string, lang: Lang): string {
  const split = message.indexOf(' / ')
  if (split < 0) return message
  return lang === 'fa' ? message.slice(0, split) : message.slice(split + 3)
}

const idOf = (value: unknown): string | null => {
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return null
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'include' })
  if (!response.ok) throw new Error(`${response.status}`)
  return (await response.json()) as T
}

/** Staff who may take the request: the accounts of its province (and the offices under it) that the user can read. */
async function assigneeOptions(organization: string): Promise<Option[]> {
  const org = await getJson<{ id: number; type?: string; parent?: number | null }>(
    `/api/organizations/${organization}?depth=0&select[type]=true&select[parent]=true`,
  )
  const province = org.type === 'province' || org.type === 'ministry' || !org.parent ? org.id : org.parent
  const tree = await getJson<{ docs: Array<{ id: number }> }>(
    `/api/organizations?depth=0&pagination=false&select[slug]=true&where[or][0][id][equals]=${province}&where[or][1][parent][equals]=${province}`,
  )
  const query = new URLSearchParams({ depth: '0', limit: '200', sort: 'name', 'select[name]': 'true', 'select[role]': 'true' })
  tree.docs.forEach((doc, index) => query.set(`where[organization][in][${index}]`, String(doc.id)))
  const users = await getJson<{ docs: Array<{ id: number; name?: string; role?: string }> }>(`/api/users?${query}`)
  return users.docs.map((user) => ({ value: String(user.id), label: user.name ?? String(user.id) }))
}

/** Every other organization, for a referral. */
async function organizationOptions(own: string | null): Promise<Option[]> {
  const found = await getJson<{ docs: Array<{ id: number; name?: string }> }>(
    '/api/organizations?depth=0&pagination=false&sort=name&select[name]=true',
  )
  return found.docs.filter((doc) => String(doc.id) !== own).map((doc) => ({ value: String(doc.id), label: doc.name ?? String(doc.id) }))
}

function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <label htmlFor={id} style={{ fontWeight: 600 }}>
        {label}
      </label>
      {children}
    </div>
  )
}

/**
 * The desk's moves in a request's edit view: only those the transitions table allows this user
 * from the current state (the server decides again on every click), each asking for what it
 * requires, sent to POST /api/foi-requests/{id}/transition; the refusal's message is shown in the
 * admin's language, and the view refreshes after a move.
 */
export function FoiDeskPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const router = useRouter()
  const modified = useFormModified()
  const status = useFormFields(([fields]) => fields.status?.value)
  const organization = useFormFields(([fields]) => idOf(fields.organization?.value))
  const currentAssignee = useFormFields(([fields]) => idOf(fields.assignee?.value))
  const lang: Lang = i18n.language === 'en' ? 'en' : 'fa'

  const [pending, setPending] = useState<FoiStatus | null>(null)
  const [values, setValues] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [assignees, setAssignees] = useState<Option[] | null>(null)
  const [organizations, setOrganizations] = useState<Option[] | null>(null)

  const role = (user as { role?: Role } | null)?.role
  const from: FoiStatus = isFoiStatus(status) ? status : 'registered'
  const transition = pending ? FOI_TRANSITIONS.find((t) => t.from.includes(from) && t.to === pending) : undefined
  const requires = new Set<FoiRequirement>(transition?.requires ?? [])
  const needsAssignees = requires.has('assignee')
  const needsOrganizations = requires.has('referredTo')

  useEffect(() => {
    if (needsAssignees && assignees === null && organization) {
      assigneeOptions(organization)
        .then(setAssignees)
        .catch(() => setAssignees([]))
    }
  }, [needsAssignees, assignees, organization])
  useEffect(() => {
    if (needsOrganizations && organizations === null) {
      organizationOptions(organization)
        .then(setOrganizations)
        .catch(() => setOrganizations([]))
    }
  }, [needsOrganizations, organizations, organization])

  if (!id || !role) return null
  const targets = foiAllowedTargets(from, role)
  const actionLabel = (to: FoiStatus) => ((from === 'complaint' ? DECISIONS[to] : undefined) ?? ACTIONS[to])[lang]
  const set = (name: string) => (event: { target: { value: string } }) => setValues((old) => ({ ...old, [name]: event.target.value }))

  function start(to: FoiStatus) {
    setError(null)
    setPending(to)
    setValues(currentAssignee ? { assignee: currentAssignee } : {})
  }

  async function send() {
    if (!pending) return
    setBusy(true)
    setError(null)
    try {
      const body: Record<string, unknown> = { to: pending }
      for (const name of ['comment', 'legalGround', 'reason', 'complaintOutcome'] as const) {
        if (values[name]?.trim()) body[name] = values[name]
      }
      for (const name of ['assignee', 'referredTo'] as const) {
        if (values[name]) body[name] = Number.isNaN(Number(values[name])) ? values[name] : Number(values[name])
      }
      const response = await fetch(`/api/foi-requests/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = (await response.json().catch(() => ({}))) as { error?: string }
      if (!response.ok) {
        const message = inLanguage(answer.error ?? String(response.status), lang)
        setError(message)
        toast.error(message)
        return
      }
      toast.success(actionLabel(pending))
      setPending(null)
      setValues({})
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  const commentLabel = pending === 'clarification_requested' ? WORDS.question : pending === 'registered' ? WORDS.reply : WORDS.comment
  const outcomes = requires.has('upheldOutcome') ? UPHELD_OUTCOMES : requires.has('complaintOutcome') ? COMPLAINT_OUTCOMES : []
  const select = (name: string, options: Option[] | null) => (
    <select id={`foi-${name}`} name={`foi-${name}`} value={values[name] ?? ''} onChange={set(name)} disabled={options === null}>
      <option value="">{options === null ? WORDS.loading[lang] : WORDS.choose[lang]}</option>
      {(options ?? []).map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )

  return (
    <section className="foi-desk-panel" aria-labelledby="foi-desk-heading" style={{ marginBlockEnd: 'var(--spacing-field)' }}>
      <h4 id="foi-desk-heading" style={{ marginBlockEnd: 8 }}>
        {WORDS.heading[lang]}
      </h4>
      {targets.length === 0 ? <p>{WORDS.none[lang]}</p> : null}
      {modified && targets.length > 0 ? <p style={{ fontSize: 12 }}>{WORDS.saveFirst[lang]}</p> : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {targets.map((to) => (
          <Button
            key={to}
            id={`foi-move-${to}`}
            buttonStyle={pending === to ? 'primary' : 'secondary'}
            disabled={busy || modified}
            onClick={() => start(to)}
            size="small"
            margin={false}
          >
            {actionLabel(to)}
          </Button>
        ))}
      </div>
      {pending ? (
        <div role="group" aria-label={actionLabel(pending)} style={{ display: 'grid', gap: 12, marginBlockStart: 12 }}>
          {requires.has('answer') ? <p style={{ fontSize: 12 }}>{WORDS.answer[lang]}</p> : null}
          {needsAssignees ? (
            <Labelled id="foi-assignee" label={WORDS.assignee[lang]}>
              {select('assignee', assignees)}
            </Labelled>
          ) : null}
          {outcomes.length > 0 ? (
            <Labelled id="foi-complaintOutcome" label={WORDS.complaintOutcome[lang]}>
              {select(
                'complaintOutcome',
                outcomes.map((value) => ({ value, label: COMPLAINT_OUTCOME_LABELS[value][lang] })),
              )}
            </Labelled>
          ) : null}
          {requires.has('legalGround') ? (
            <Labelled id="foi-legalGround" label={WORDS.legalGround[lang]}>
              {select(
                'legalGround',
                LEGAL_GROUNDS.map((value) => ({ value, label: LEGAL_GROUND_LABELS[value][lang] })),
              )}
            </Labelled>
          ) : null}
          {requires.has('reason') ? (
            <Labelled id="foi-reason" label={WORDS.reason[lang]}>
              <textarea id="foi-reason" name="foi-reason" rows={3} maxLength={4000} value={values.reason ?? ''} onChange={set('reason')} />
            </Labelled>
          ) : null}
          {needsOrganizations ? (
            <Labelled id="foi-referredTo" label={WORDS.referredTo[lang]}>
              {select('referredTo', organizations)}
            </Labelled>
          ) : null}
          {requires.has('reason') ? null : (
            <Labelled id="foi-comment" label={commentLabel[lang]}>
              <textarea
                id="foi-comment"
                name="foi-comment"
                rows={3}
                maxLength={4000}
                value={values.comment ?? ''}
                onChange={set('comment')}
              />
            </Labelled>
          )}
          {error ? (
            <p role="alert" className="foi-desk-error" style={{ color: 'var(--theme-error-500)' }}>
              {error}
            </p>
          ) : null}
          <div style={{ display: 'flex', gap: 8 }}>
            <Button
              id="foi-confirm"
              buttonStyle="primary"
              disabled={busy || modified}
              onClick={() => void send()}
              size="small"
              margin={false}
            >
              {WORDS.confirm[lang]}
            </Button>
            <Button buttonStyle="secondary" onClick={() => setPending(null)} size="small" margin={false}>
              {WORDS.cancel[lang]}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  )
}
