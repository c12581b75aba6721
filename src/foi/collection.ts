import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/anyone'
import { createInScope, inScope } from '@/access/content'
import { organizationField } from '@/fields/organization'
import { staffNameField } from '@/fields/staffName'
import { CONTACT_MESSAGES, contactProblem } from './contact'
import { flagClearedBySupervisors, onlyThroughTransitions, setOnlyWhenFiled, staffOnly } from './fields'
import { announcePersonalReads } from './hooks/announcePersonalReads'
import { refusePersonalQueries } from './hooks/refusePersonalQueries'
import { registerOnCreate } from './hooks/registerOnCreate'
import { scheduleReminders } from './reminders'
import { isOverdue } from './overdue'
import { figuresEndpoint } from './figuresEndpoint'
import { transitionEndpoint } from './transitionEndpoint'
import {
  COMPLAINT_OUTCOME_LABELS,
  COMPLAINT_OUTCOMES,
  FOI_CHANNEL_LABELS,
  FOI_CHANNELS,
  FOI_OUTCOMES,
  FOI_REQUESTS_SLUG,
  FOI_STATUS_LABELS,
  FOI_STATUSES,
  FOI_TRANSITIONS_SLUG,
  LEGAL_GROUND_LABELS,
  LEGAL_GROUNDS,
  options,
  type FoiStatus,
} from './vocabulary'

const guarded = { create: onlyThroughTransitions, update: onlyThroughTransitions }

/** The admin's view of the desk: server-rendered Jalali dates, state and lateness (./admin/dates.tsx). */
const ADMIN = '@/foi/admin/dates'
const JALALI_DATE = { Field: `${ADMIN}#FoiDateField`, Cell: `${ADMIN}#FoiDateCell` }
const personal = { read: staffOnly }

/**
 * Citizens' information requests to one organization. Only staff whose scope covers the
 * organization read or write them (the public files and looks up through /api/foi, never here);
 * the state, deadline and legal fields change only through POST /api/foi-requests/{id}/transition.
 */
export const FoiRequests: CollectionConfig = {
  slug: FOI_REQUESTS_SLUG,
  labels: {
    singular: { fa: 'درخواست دسترسی به اطلاعات', en: 'Information request' },
    plural: { fa: 'درخواست‌های دسترسی به اطلاعات', en: 'Information requests' },
  },
  graphQL: { singularName: 'FoiRequest', pluralName: 'FoiRequests' },
  admin: {
    useAsTitle: 'trackingCode',
    defaultColumns: ['trackingCode', 'subject', 'organization', 'status', 'dueAt', 'overdue'],
    listSearchableFields: ['trackingCode', 'subject'],
    group: { fa: 'دسترسی آزاد به اطلاعات', en: 'Freedom of information' },
  },
  defaultSort: 'dueAt',
  disableDuplicate: true,
  // Another document that links a request shows its code, never the requester.
  defaultPopulate: { trackingCode: true, subject: true, status: true, organization: true },
  access: { read: inScope, create: createInScope, update: inScope, delete: adminOnly },
  hooks: {
    beforeOperation: [refusePersonalQueries],
    beforeChange: [registerOnCreate],
    afterChange: [scheduleReminders],
    afterOperation: [announcePersonalReads],
  },
  endpoints: [figuresEndpoint, transitionEndpoint],
  fields: [
    {
      name: 'trackingCode',
      type: 'text',
      unique: true,
      index: true,
      label: { fa: 'کد رهگیری', en: 'Tracking code' },
      access: guarded,
      admin: { readOnly: true, position: 'sidebar' },
    },
    organizationField(),
    {
      name: 'status',
      type: 'select',
      defaultValue: 'registered',
      index: true,
      options: options(FOI_STATUSES, FOI_STATUS_LABELS),
      label: { fa: 'وضعیت', en: 'Status' },
      access: guarded,
      admin: { readOnly: true, position: 'sidebar', components: { Cell: `${ADMIN}#FoiStatusCell` } },
    },
    {
      name: 'outcome',
      type: 'select',
      index: true,
      options: options(FOI_OUTCOMES, FOI_STATUS_LABELS as Record<(typeof FOI_OUTCOMES)[number], { fa: string; en: string }>),
      label: { fa: 'نتیجه', en: 'Outcome' },
      access: guarded,
      admin: { readOnly: true, position: 'sidebar', description: { fa: 'پس از بسته‌شدن هم می‌ماند.', en: 'Kept after closing.' } },
    },
    {
      name: 'registeredAt',
      type: 'date',
      label: { fa: 'زمان ثبت', en: 'Registered at' },
      access: guarded,
      admin: { readOnly: true, position: 'sidebar', components: JALALI_DATE },
    },
    {
      name: 'dueAt',
      type: 'date',
      index: true,
      label: { fa: 'مهلت پاسخ', en: 'Answer due' },
      access: guarded,
      admin: { readOnly: true, position: 'sidebar', components: JALALI_DATE },
    },
    {
      name: 'overdue',
      type: 'checkbox',
      virtual: true,
      label: { fa: 'گذشته از مهلت', en: 'Overdue' },
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        disableListFilter: true,
        components: { Field: `${ADMIN}#FoiOverdueField`, Cell: `${ADMIN}#FoiOverdueCell` },
      },
      hooks: { afterRead: [({ siblingData }) => isOverdue(siblingData?.status as FoiStatus, siblingData?.dueAt as string)] },
    },
    {
      // The desk's moves for this user in this state (./admin/FoiDeskPanel.tsx); no data of its own.
      name: 'deskActions',
      type: 'ui',
      label: { fa: 'اقدام', en: 'Actions' },
      admin: { position: 'sidebar', components: { Field: '@/foi/admin/FoiDeskPanel#FoiDeskPanel' } },
    },
    {
      name: 'channel',
      type: 'select',
      required: true,
      defaultValue: 'in-person',
      options: options(FOI_CHANNELS, FOI_CHANNEL_LABELS),
      label: { fa: 'نحوه دریافت', en: 'Received by' },
    },
    {
      type: 'collapsible',
      label: { fa: 'متقاضی (محرمانه)', en: 'Requester (confidential)' },
      admin: {
        description: {
          fa: 'هر بار مشاهده این اطلاعات در گزارش ممیزی ثبت می‌شود. متقاضی نیازی به بیان دلیل ندارد.',
          en: 'Every view of these details is recorded in the audit log. The requester never has to give a reason.',
        },
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          maxLength: 200,
          access: personal,
          admin: { disableListFilter: true },
          label: { fa: 'نام متقاضی', en: 'Name' },
        },
        {
          name: 'email',
          type: 'text',
          maxLength: 254,
          access: personal,
          admin: { disableListFilter: true },
          label: { fa: 'ایمیل', en: 'Email' },
          // Once erased after the retention period (src/foi/retention.ts), no contact is left, on purpose.
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            Boolean(siblingData?.personalDataErasedAt) ||
            (contactProblem(value, siblingData?.phone)?.field === 'email' ? contactProblem(value, siblingData?.phone)!.message : true),
        },
        {
          name: 'phone',
          type: 'text',
          maxLength: 40,
          access: personal,
          admin: { disableListFilter: true },
          label: { fa: 'تلفن', en: 'Phone' },
          validate: (value: unknown) =>
            value === null || value === undefined || value === '' || contactProblem(null, value) === null || CONTACT_MESSAGES.phone,
        },
      ],
    },
    { name: 'subject', type: 'text', required: true, maxLength: 300, label: { fa: 'موضوع', en: 'Subject' } },
    {
      name: 'question',
      type: 'textarea',
      required: true,
      maxLength: 10_000,
      label: { fa: 'اطلاعات درخواستی', en: 'Information requested' },
    },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: 'attachments',
      hasMany: true,
      label: { fa: 'پیوست‌های درخواست', en: 'Request attachments' },
    },
    {
      name: 'publishConsent',
      type: 'checkbox',
      defaultValue: false,
      access: { update: setOnlyWhenFiled },
      label: {
        fa: 'رضایت به انتشار پرسش و پاسخ (بدون مشخصات)',
        en: 'Consents to publishing the question and answer (without personal data)',
      },
    },
    {
      name: 'hazardInformation',
      type: 'checkbox',
      defaultValue: false,
      access: { update: flagClearedBySupervisors },
      label: { fa: 'درباره خطرات زیست‌محیطی یا سلامت عمومی', en: 'Concerns environmental or public-health hazards' },
      admin: {
        description: {
          fa: 'چنین اطلاعاتی را نمی‌توان به استناد استثناهای قانون رد کرد؛ فقط داده‌های شخصی دیگران حذف می‌شود.',
          en: "Such information cannot be refused under the Law's exceptions; only other people's personal data may be removed.",
        },
      },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { fa: 'کارشناس مسئول', en: 'Assignee' },
      access: guarded,
      admin: { position: 'sidebar', readOnly: true, hidden: true },
    },
    staffNameField('assignee', { fa: 'کارشناس مسئول', en: 'Assignee' }, { sidebar: true }),
    {
      type: 'collapsible',
      label: { fa: 'پاسخ', en: 'Answer' },
      fields: [
        { name: 'answer', type: 'richText', label: { fa: 'متن پاسخ', en: 'Answer' } },
        {
          name: 'answerAttachments',
          type: 'relationship',
          relationTo: 'attachments',
          hasMany: true,
          label: { fa: 'پیوست‌های پاسخ', en: 'Answer attachments' },
        },
        {
          name: 'closedAt',
          type: 'date',
          index: true,
          label: { fa: 'زمان بستن', en: 'Closed at' },
          access: guarded,
          admin: { readOnly: true, components: JALALI_DATE },
        },
        {
          name: 'personalDataErasedAt',
          type: 'date',
          label: { fa: 'حذف مشخصات متقاضی', en: 'Requester data erased at' },
          access: guarded,
          admin: { readOnly: true, components: JALALI_DATE },
        },
        {
          name: 'respondedAt',
          type: 'date',
          label: { fa: 'زمان پاسخ', en: 'Responded at' },
          access: guarded,
          admin: { readOnly: true, components: JALALI_DATE },
        },
        {
          name: 'legalGround',
          type: 'select',
          options: options(LEGAL_GROUNDS, LEGAL_GROUND_LABELS),
          label: { fa: 'مستند قانونی رد', en: 'Legal ground for withholding' },
          access: guarded,
          admin: { readOnly: true },
        },
        {
          name: 'reason',
          type: 'textarea',
          maxLength: 4000,
          label: { fa: 'دلیل', en: 'Reason' },
          access: guarded,
          admin: { readOnly: true },
        },
        {
          name: 'referredTo',
          type: 'relationship',
          relationTo: 'organizations',
          label: { fa: 'ارجاع به', en: 'Referred to' },
          access: guarded,
          admin: { readOnly: true },
        },
        {
          name: 'referredFrom',
          type: 'relationship',
          relationTo: FOI_REQUESTS_SLUG,
          index: true,
          label: { fa: 'ارجاع‌شده از', en: 'Referred from' },
          access: guarded,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'complaint',
      type: 'group',
      label: { fa: 'شکایت به کمیسیون انتشار و دسترسی آزاد به اطلاعات', en: 'Complaint to the Commission' },
      access: guarded,
      admin: { readOnly: true },
      fields: [
        { name: 'filedAt', type: 'date', label: { fa: 'زمان ثبت شکایت', en: 'Filed at' }, admin: { components: JALALI_DATE } },
        {
          name: 'outcome',
          type: 'select',
          options: options(COMPLAINT_OUTCOMES, COMPLAINT_OUTCOME_LABELS),
          label: { fa: 'نتیجه', en: 'Outcome' },
        },
        { name: 'decidedAt', type: 'date', label: { fa: 'زمان رأی', en: 'Decided at' }, admin: { components: JALALI_DATE } },
      ],
    },
    {
      name: 'history',
      type: 'join',
      collection: FOI_TRANSITIONS_SLUG,
      on: 'request',
      defaultSort: '-createdAt',
      defaultLimit: 50,
      label: { fa: 'تاریخچه', en: 'History' },
      admin: { defaultColumns: ['createdAt', 'actorName', 'from', 'to', 'comment'], allowCreate: false },
    },
  ],
}
