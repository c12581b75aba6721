import type { CollectionConfig, PayloadRequest } from 'payload'

import { asNewsroomUser } from '@/access/roles'
import type { NewsItem, WorkflowTransition } from '@/payload-types'
import { staffNameField } from '@/fields/staffName'
import { announce } from '@/lib/events'
import { scopeWhere, userScope } from '@/access/scope'
import { relationId } from '@/access/relationId'
import {
  STATUS_LABELS,
  TRANSITIONS_SLUG,
  WORKFLOW_COLLECTIONS,
  WORKFLOW_STATUSES,
  type WorkflowCollection,
  type WorkflowStatus,
} from '@/config/editorial'

const statusOptions = WORKFLOW_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))

/**
 * One row per transition: who moved which document from where to where, why and when. Written
 * only by the workflow (the system); read by whoever may read the document's organization.
 * Nobody can change or remove a row through any API.
 */
export const WorkflowTransitions: CollectionConfig = {
  slug: TRANSITIONS_SLUG,
  labels: {
    singular: { fa: 'گام گردش کار', en: 'Workflow transition' },
    plural: { fa: 'تاریخچه گردش کار', en: 'Workflow history' },
  },
  graphQL: { singularName: 'WorkflowTransition', pluralName: 'WorkflowTransitions' },
  admin: {
    hidden: true,
    useAsTitle: 'to',
    defaultColumns: ['createdAt', 'actorName', 'from', 'to', 'comment'],
  },
  defaultSort: '-createdAt',
  access: {
    read: async ({ req }) => {
      if (!asNewsroomUser(req.user)) return false
      return scopeWhere(await userScope(req))
    },
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: {
    // Audit, notifications and webhooks subscribe to this moment (src/lib/events.ts) rather than
    // hooking into this collection, so their plugins work in any order.
    afterChange: [
      async ({ doc, operation, req }) => {
        if (operation === 'create') await announce(req, 'transitionRecorded', { transition: doc as WorkflowTransition })
      },
    ],
  },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: [...WORKFLOW_COLLECTIONS],
      required: true,
      index: true,
      label: { fa: 'سند', en: 'Document' },
    },
    { name: 'organization', type: 'relationship', relationTo: 'organizations', index: true, label: { fa: 'سازمان', en: 'Organization' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { fa: 'انجام‌دهنده', en: 'By' }, admin: { hidden: true } },
    staffNameField('actor', { fa: 'انجام‌دهنده', en: 'By' }, { system: true }),
    { name: 'from', type: 'select', options: statusOptions, label: { fa: 'از', en: 'From' } },
    { name: 'to', type: 'select', options: statusOptions, required: true, label: { fa: 'به', en: 'To' } },
    { name: 'comment', type: 'textarea', maxLength: 2000, label: { fa: 'توضیح', en: 'Comment' } },
    { name: 'publishAt', type: 'date', label: { fa: 'زمان انتشار', en: 'Publish at' } },
  ],
}

export type TransitionRecord = {
  collection: WorkflowCollection
  id: NewsItem['id']
  organization: unknown
  from: WorkflowStatus
  to: WorkflowStatus
  comment?: string
  publishAt?: string
  at: string
}

/** Appends a history row; the system writes it (users cannot create rows directly). */
export async function recordTransition(req: PayloadRequest, record: TransitionRecord): Promise<void> {
  await req.payload.create({
    collection: TRANSITIONS_SLUG,
    data: {
      document: { relationTo: record.collection, value: record.id },
      organization: relationId(record.organization as Parameters<typeof relationId>[0]) as number | null,
      actor: req.user?.id,
      from: record.from,
      to: record.to,
      comment: record.comment,
      publishAt: record.publishAt,
    },
    overrideAccess: true,
    req,
  })
}
