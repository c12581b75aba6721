'use client'
import { Button, toast, useAuth, useDocumentInfo, useFormFields, useFormModified, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { Role } from '@/access/roles'
import { LazyDatePicker } from '@/dates/admin/LazyDatePicker'
import { DEFAULT_TIME_ZONE } from '@/config/timeZone'
import { formatInstant } from '@/lib/dates'
import { isWorkflowStatus, type WorkflowStatus } from '@/config/editorial'
import { allowedTargets, TRANSITIONS } from '../transitions'

const ACTION_LABELS: Record<WorkflowStatus, { fa: string; en: string }> = {
  draft: { fa: 'پیش‌نویس', en: 'Draft' },
  in_review: { fa: 'ارسال برای بررسی', en: 'Submit for review' },
  changes_requested: { fa: 'درخواست اصلاح', en: 'Request changes' },
  approved: { fa: 'تأیید', en: 'Approve' },
  scheduled: { fa: 'زمان‌بندی انتشار', en: 'Schedule' },
  published: { fa: 'انتشار', en: 'Publish' },
  archived: { fa: 'لغو انتشار', en: 'Unpublish' },
}

const CANCEL_SCHEDULE = { fa: 'لغو زمان‌بندی', en: 'Cancel schedule' }

/**
 * Takes the place of Payload's Publish button: only the transitions this user may make from
 * the current state. The server decides again on every click; this only avoids offering what
 * would be refused.
 */
export function TransitionButtons({ timeZone = DEFAULT_TIME_ZONE }: { timeZone?: string }) {
  const { id, collectionSlug, data } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const router = useRouter()
  const modified = useFormModified()
  const current = useFormFields(([fields]) => fields.workflowStatus?.value)
  const [pending, setPending] = useState<WorkflowStatus | null>(null)
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [busy, setBusy] = useState(false)
  // A transition changes updatedAt too; remember the version it answered with, so that approving
  // and then publishing on the same page is not mistaken for publishing an unseen edit.
  const [afterTransition, setAfterTransition] = useState<string | undefined>()
  const lang = i18n.language === 'en' ? 'en' : 'fa'

  const role = (user as { role?: Role } | null)?.role
  if (!id || !collectionSlug || !role) return null
  const from: WorkflowStatus = isWorkflowStatus(current) ? current : 'draft'
  const targets = allowedTargets(from, role)
  if (targets.length === 0) return null

  const needs = (to: WorkflowStatus) => TRANSITIONS.find((t) => t.from.includes(from) && t.to === to)
  const label = (to: WorkflowStatus) => (from === 'scheduled' && to === 'approved' ? CANCEL_SCHEDULE : ACTION_LABELS[to])[lang]

  async function send(to: WorkflowStatus) {
    setBusy(true)
    try {
      const response = await fetch(`/api/${collectionSlug}/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          to,
          comment: comment.trim() || undefined,
          publishAt: publishAt || undefined,
          // The version on screen: the server refuses to approve or publish a newer one unseen.
          seen: latestSeen(typeof data?.updatedAt === 'string' ? data.updatedAt : undefined, afterTransition),
        }),
      })
      const body = (await response.json().catch(() => ({}))) as { error?: string; doc?: { updatedAt?: string } }
      if (!response.ok) {
        toast.error(body.error ?? `${response.status}`)
        return
      }
      setAfterTransition(body.doc?.updatedAt)
      toast.success(label(to))
      setPending(null)
      setComment('')
      setPublishAt('')
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  function start(to: WorkflowStatus) {
    const transition = needs(to)
    if (transition?.commentRequired || transition?.publishAtRequired) setPending(to)
    else void send(to)
  }

  const pendingTransition = pending ? needs(pending) : undefined
  return (
    <div className="workflow-transitions" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', position: 'relative' }}>
      {modified && <span style={{ fontSize: 12 }}>{lang === 'fa' ? 'ابتدا تغییرات را ذخیره کنید.' : 'Save your changes first.'}</span>}
      {targets.map((to) => (
        <Button
          key={to}
          buttonStyle={to === 'published' || to === 'approved' ? 'primary' : 'secondary'}
          disabled={busy || modified}
          onClick={() => start(to)}
          size="medium"
          id={`workflow-${to}`}
        >
          {label(to)}
        </Button>
      ))}
      {pending && (
        <div role="dialog" aria-label={label(pending)} style={{ display: 'flex', gap: 8, alignItems: 'center', width: '100%' }}>
          {pendingTransition?.commentRequired && (
            <textarea
              aria-label={lang === 'fa' ? 'توضیح' : 'Comment'}
              name="workflow-comment"
              onChange={(event) => setComment(event.target.value)}
              placeholder={lang === 'fa' ? 'چه چیزی باید اصلاح شود؟' : 'What has to change?'}
              rows={2}
              style={{ flex: 1 }}
              value={comment}
            />
          )}
          {pendingTransition?.publishAtRequired && (
            // Over the page below the buttons: the document controls' row has no room for a calendar.
            <fieldset
              aria-label={lang === 'fa' ? 'زمان انتشار' : 'Publish at'}
              style={{
                background: 'var(--theme-elevation-0)',
                border: 0,
                display: 'grid',
                gap: 4,
                insetInlineEnd: 0,
                padding: 0,
                position: 'absolute',
                top: '100%',
                zIndex: 50,
              }}
            >
              <LazyDatePicker
                lang={lang}
                name="workflow-publish-at"
                onChange={(iso) => setPublishAt(iso ?? '')}
                timeZone={timeZone}
                value={publishAt || null}
              />
              <output data-publish-at={publishAt}>{formatInstant(publishAt, { lang, timeZone }) ?? ''}</output>
            </fieldset>
          )}
          <Button buttonStyle="primary" disabled={busy} onClick={() => void send(pending)} size="medium" id="workflow-confirm">
            {lang === 'fa' ? 'ثبت' : 'Confirm'}
          </Button>
          <Button buttonStyle="secondary" onClick={() => setPending(null)} size="medium">
            {lang === 'fa' ? 'انصراف' : 'Cancel'}
          </Button>
        </div>
      )}
    </div>
  )
}

/** The later of two ISO timestamps: the version this page last saved or moved. */
function latestSeen(saved: string | undefined, moved: string | undefined): string | undefined {
  if (!saved || !moved) return saved ?? moved
  return new Date(moved).getTime() > new Date(saved).getTime() ? moved : saved
}

/** Takes the place of Payload's Unpublish menu item, which would be refused: TransitionButtons offers unpublishing. */
export function NoUnpublishButton() {
  return null
}
