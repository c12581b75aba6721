'use client'
import { useTranslation } from '@payloadcms/ui'

import { isWorkflowStatus, STATUS_LABELS, type WorkflowStatus } from '@/config/editorial'

const COLORS: Record<WorkflowStatus, string> = {
  draft: '#6b7280',
  in_review: '#b45309',
  changes_requested: '#b91c1c',
  approved: '#1d4ed8',
  scheduled: '#7c3aed',
  published: '#15803d',
  archived: '#374151',
}

/** The workflow state as a coloured badge in list views. */
export function WorkflowStatusCell({ cellData }: { cellData?: unknown }) {
  const { i18n } = useTranslation()
  if (!isWorkflowStatus(cellData)) return null
  const label = STATUS_LABELS[cellData][i18n.language === 'en' ? 'en' : 'fa']
  return (
    <span
      data-workflow-status={cellData}
      style={{
        background: COLORS[cellData],
        borderRadius: 999,
        color: '#fff',
        display: 'inline-block',
        fontSize: 12,
        lineHeight: '20px',
        padding: '0 10px',
        whiteSpace: 'nowrap',
      }}
    >
      {label}
    </span>
  )
}
