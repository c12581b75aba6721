import type { CollectionConfig } from 'payload'

import { createWebhook, neverReadable, provinceWithinScope, webhooksInScope } from './access'
import { EVENT_LABELS, WEBHOOK_EVENTS } from './events'
import { URL_MAX_LENGTH, validateWebhookUrl } from './validateUrl'

export const WEBHOOKS_SLUG = 'webhooks'
export const SECRET_MIN_LENGTH = 16

export const INTEGRATIONS_GROUP = { fa: 'یکپارچه‌سازی', en: 'Integrations' }

/**
 * Outside systems told when content becomes public, changes while public, or stops being public:
 * each webhook is a URL, the events it wants, optionally one province, and a secret that signs
 * every delivery. Deliveries are queued by ./queueDeliveries and sent by ./deliver.
 */
export const Webhooks: CollectionConfig = {
  slug: WEBHOOKS_SLUG,
  labels: {
    singular: { fa: 'وب‌هوک', en: 'Webhook' },
    plural: { fa: 'وب‌هوک‌ها', en: 'Webhooks' },
  },
  graphQL: { singularName: 'Webhook', pluralName: 'Webhooks' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'province', 'active'],
    group: INTEGRATIONS_GROUP,
    description: {
      fa: 'سامانه‌های بیرونی که هنگام انتشار، به‌روزرسانی یا لغو انتشار محتوا یک درخواست امضاشده دریافت می‌کنند.',
      en: 'Outside systems that receive a signed request when content is published, updated or unpublished.',
    },
  },
  // A copy would carry the secret into a form that cannot show it.
  disableDuplicate: true,
  access: {
    read: webhooksInScope,
    create: createWebhook,
    update: webhooksInScope,
    delete: webhooksInScope,
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 200, label: { fa: 'نام', en: 'Name' } },
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: URL_MAX_LENGTH,
      validate: validateWebhookUrl,
      label: { fa: 'نشانی دریافت‌کننده', en: 'Receiver URL' },
      admin: {
        description: {
          fa: 'نشانی http(s) عمومی؛ نشانی‌های شبکهٔ داخلی پذیرفته نمی‌شوند.',
          en: 'A public http(s) URL; addresses on internal networks are refused.',
        },
      },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      label: { fa: 'رویدادها', en: 'Events' },
      options: WEBHOOK_EVENTS.map((value) => ({ value, label: EVENT_LABELS[value] })),
    },
    {
      name: 'province',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      filterOptions: { type: { equals: 'province' } },
      label: { fa: 'استان', en: 'Province' },
      hooks: { beforeChange: [provinceWithinScope] },
      admin: {
        description: {
          fa: 'خالی یعنی همهٔ استان‌ها (فقط مدیر کل).',
          en: 'Empty means every province (admins only).',
        },
      },
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      minLength: SECRET_MIN_LENGTH,
      maxLength: 200,
      label: { fa: 'کلید امضا', en: 'Signing secret' },
      // Write-only. Field read access also governs `where` and `sort`, so nobody can probe it
      // by querying either. Hidden from the admin form for the same reason; ./admin/SecretInput
      // writes it instead.
      access: { read: neverReadable },
      admin: { disableListColumn: true, disableListFilter: true },
    },
    {
      name: 'secretInput',
      type: 'ui',
      admin: { components: { Field: '@/webhooks/admin/SecretInput#SecretInput' } },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: { fa: 'فعال', en: 'Active' },
    },
  ],
}
