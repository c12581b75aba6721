import type { CollectionConfig, PayloadRequest } from 'payload'

import { nobody } from '@/access/anyone'
import { inScope } from '@/access/content'
import { relationId, type RelationValue } from '@/access/relationId'
import { staffNameField } from '@/fields/staffName'
import { announce } from '@/lib/events'
import type { FoiTransition } from '@/payload-types'
import {
  FOI_REQUESTS_SLUG,
  FOI_STATUS_LABELS,
  FOI_STATUSES,
  FOI_TRANSITIONS_SLUG,
  LEGAL_GROUND_LABELS,
  LEGAL_GROUNDS,
  options,
  type FoiStatus,
  type LegalGround,
} from './vocabulary'

/**
 * One row per move of a request: who moved it from where to where, why, and when. Written only
 * by the desk (the system); read by staff whose scope covers the request's organization.
 */
export const FoiTransitions: CollectionConfig = {
  slug: FOI_TRANSITIONS_SLUG,
  labels: {
    singular: { fa: 'گام درخواست اطلاعات', en: 'FOI request step' },
    plural: { fa: 'تاریخچه درخواست‌های اطلاعات', en: 'FOI request history' },
  },
  graphQL: { singularName: 'FoiTransition', pluralName: 'FoiTransitions' },
  admin: { hidden: true, useAsTitle: 'to', defaultColumns: ['createdAt', 'actorName', 'from', 'to', 'comment'] },
  defaultSort: '-createdAt',
  access: { read: inScope, create: nobody, update: nobody, delete: nobody },
  hooks: {
    // The audit log subscribes to this moment (src/lib/events.ts) instead of hooking this collection.
    afterChange: [
      async ({ doc, operation, req }) => {
        if (operation === 'create') await announce(req, 'foiTransitionRecorded', { transition: doc as FoiTransition })
      },
    ],
  },
  fields: [
    {
      name: 'request',
      type: 'relationship',
      relationTo: FOI_REQUESTS_SLUG,
      required: true,
      index: true,
      label: { fa: 'درخواست', en: 'Request' },
    },
    { name: 'organization', type: 'relationship', relationTo: 'organizations', index: true, label: { fa: 'سازمان', en: 'Organization' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { fa: 'انجام‌دهنده', en: 'By' }, admin: { hidden: true } },
    staffNameField('actor', { fa: 'انجام‌دهنده', en: 'By' }, { system: true }),
    { name: 'from', type: 'select', options: options(FOI_STATUSES, FOI_STATUS_LABELS), label: { fa: 'از', en: 'From' } },
    { name: 'to', type: 'select', options: options(FOI_STATUSES, FOI_STATUS_LABELS), required: true, label: { fa: 'به', en: 'To' } },
    {
      name: 'legalGround',
      type: 'select',
      options: options(LEGAL_GROUNDS, LEGAL_GROUND_LABELS),
      label: { fa: 'مستند قانونی', en: 'Legal ground' },
    },
    { name: 'comment', type: 'textarea', maxLength: 4000, label: { fa: 'توضیح', en: 'Comment' } },
  ],
}

export type FoiHistoryRecord = {
  request: number | string
  organization: unknown
  from: FoiStatus | null
  to: FoiStatus
  comment?: string
  legalGround?: LegalGround
}

/** Appends a history row as the system, in the request's transaction; the actor is the request's user. */
export async function recordFoiTransition(req: PayloadRequest, record: FoiHistoryRecord): Promise<void> {
  await req.payload.create({
    collection: FOI_TRANSITIONS_SLUG,
    data: {
      request: record.request as number,
      organization: relationId(record.organization as RelationValue) as number | null,
      actor: req.user?.id,
      from: record.from,
      to: record.to,
      comment: record.comment?.trim() || undefined,
      legalGround: record.legalGround,
    },
    overrideAccess: true,
    req,
  })
}
