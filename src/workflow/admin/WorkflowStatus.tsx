'use client'
import { Button, ConfirmationModal, toast, useConfig, useDocumentInfo, useForm, useModal, useTranslation } from '@payloadcms/ui'

/**
 * Payload's status line ("Status: Published / Changed / Draft"), whose "Revert to published"
 * asks the server to drop the pending draft (../revertToPublished.ts) instead of sending the
 * published document back as a publication, which the workflow refuses.
 */
export function WorkflowStatus() {
  const {
    id,
    collectionSlug,
    docPermissions,
    hasPublishedDoc,
    incrementVersionCount,
    isTrashed,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    unpublishedVersionCount,
  } = useDocumentInfo()
  const { toggleModal } = useModal()
  const { reset } = useForm()
  const { t } = useTranslation()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const status = hasPublishedDoc ? (unpublishedVersionCount > 0 ? 'changed' : 'published') : 'draft'
  const shown = isTrashed ? (hasPublishedDoc ? 'previouslyPublished' : 'previouslyDraft') : status
  const modalSlug = `confirm-revert-${id}`

  const revert = async () => {
    const response = await fetch(`${api}/${collectionSlug}/${id}/revert-to-published`, { method: 'POST', credentials: 'include' })
    const json = (await response.json().catch(() => ({}))) as {
      doc?: Record<string, unknown>
      message?: string
      errors?: Array<{ message: string }>
    }
    if (!response.ok || !json.doc) {
      toast.error(json.errors?.[0]?.message ?? t('error:revertingDocument'))
      return
    }
    await reset(json.doc)
    toast.success(json.message)
    incrementVersionCount()
    setMostRecentVersionIsAutosaved(false)
    setUnpublishedVersionCount(0)
  }

  return (
    <div className="status" title={`${t('version:status')}: ${t(`version:${shown}` as never)}`}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{t(`version:${shown}` as never)}</span>
        {!isTrashed && docPermissions?.update && status === 'changed' && (
          <>
            {' — '}
            <Button buttonStyle="none" className="status__action" id="action-revert-to-published" onClick={() => toggleModal(modalSlug)}>
              {t('version:revertToPublished')}
            </Button>
            <ConfirmationModal
              body={t('version:aboutToRevertToPublished')}
              confirmingLabel={t('version:reverting')}
              heading={t('version:confirmRevertToSaved')}
              modalSlug={modalSlug}
              onConfirm={revert}
            />
          </>
        )}
      </div>
    </div>
  )
}
