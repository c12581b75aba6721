import type { CollectionConfig } from 'payload'

import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from '@/config/editorial'
import { deliveriesInScope, nobody } from './access'
import { EVENT_LABELS, WEBHOOK_EVENTS } from './events'
import { INTEGRATIONS_GROUP, WEBHOOKS_SLUG } from './webhooks'

export const DELIVERIES_SLUG = 'webhook-deliveries'
/** The error is our own short description (status, network error, refusal), cut to this length. */
export const ERROR_MAX_LENGTH = 500

const COLLECTION_LABELS: Record<WorkflowCollection, { fa: string; en: string }> = {
  'news-items': { fa: 'اخبار', en: 'News items' },
  'press-releases': { fa: 'اطلاعیه‌های مطبوعاتی', en: 'Press releases' },
  campaigns: { fa: 'پویش‌ها', en: 'Campaigns' },
}

const readOnly = { readOnly: true }

/**
 * One row per delivery attempt, so whoever manages a webhook can see what its receiver answered
 * and why a delivery failed. Written by the delivery job as the system; nobody edits or removes
 * a row through any API.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: DELIVERIES_SLUG,
  labels: {
    singular: { fa: 'ارسال وب‌هوک', en: 'Webhook delivery' },
    plural: { fa: 'گزارش ارسال وب‌هوک‌ها', en: 'Webhook deliveries' },
  },
  graphQL: { singularName: 'WebhookDelivery', pluralName: 'WebhookDeliveries' },
  typescript: { interface: 'WebhookDelivery' },
  admin: {
    useAsTitle: 'event',
    defaultColumns: ['createdAt', 'webhook', 'event', 'collection', 'documentId', 'attempt', 'status', 'ok'],
    group: INTEGRATIONS_GROUP,
    description: {
      fa: 'هر تلاش برای ارسال یک ردیف دارد؛ ردیف‌ها خودکار ثبت می‌شوند و قابل ویرایش نیستند.',
      en: 'One row per delivery attempt, recorded automatically and read-only.',
    },
    hideAPIURL: true,
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: {
    read: deliveriesInScope,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    {
      name: 'webhook',
      type: 'relationship',
      relationTo: WEBHOOKS_SLUG,
      index: true,
      label: { fa: 'وب‌هوک', en: 'Webhook' },
      admin: readOnly,
    },
    {
      name: 'event',
      type: 'select',
      required: true,
      label: { fa: 'رویداد', en: 'Event' },
      options: WEBHOOK_EVENTS.map((value) => ({ value, label: EVENT_LABELS[value] })),
      admin: readOnly,
    },
    {
      name: 'collection',
      type: 'select',
      required: true,
      label: { fa: 'مجموعه', en: 'Collection' },
      options: WORKFLOW_COLLECTIONS.map((value) => ({ value, label: COLLECTION_LABELS[value] })),
      admin: readOnly,
    },
    { name: 'documentId', type: 'text', index: true, label: { fa: 'شناسه سند', en: 'Document ID' }, admin: readOnly },
    { name: 'attempt', type: 'number', required: true, label: { fa: 'تلاش', en: 'Attempt' }, admin: readOnly },
    {
      name: 'status',
      type: 'number',
      label: { fa: 'کد پاسخ HTTP', en: 'HTTP status' },
      admin: { ...readOnly, description: { fa: 'خالی: پاسخی نیامد.', en: 'Empty: no response.' } },
    },
    { name: 'durationMs', type: 'number', label: { fa: 'مدت (میلی‌ثانیه)', en: 'Duration (ms)' }, admin: readOnly },
    { name: 'error', type: 'text', maxLength: ERROR_MAX_LENGTH, label: { fa: 'خطا', en: 'Error' }, admin: readOnly },
    { name: 'ok', type: 'checkbox', defaultValue: false, index: true, label: { fa: 'موفق', en: 'Succeeded' }, admin: readOnly },
  ],
}
