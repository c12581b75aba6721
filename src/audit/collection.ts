import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/anyone'
import { readAuditLog } from './access'
import { ACTION_LABELS, AUDIT_ACTIONS } from './actions'

export const AUDIT_LOG_SLUG = 'audit-log'
/** `detail` is a short note; longer text is cut by the writer rather than failing validation. */
export const DETAIL_MAX_LENGTH = 300

/**
 * The append-only record of who did what to content and accounts, and of failed logins and
 * refused requests. Rows are written by the audit hooks; no API can change or remove one.
 */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG_SLUG,
  labels: {
    singular: { fa: 'رویداد ممیزی', en: 'Audit entry' },
    plural: { fa: 'گزارش ممیزی', en: 'Audit log' },
  },
  graphQL: { singularName: 'AuditEntry', pluralName: 'AuditEntries' },
  typescript: { interface: 'AuditEntry' },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'actorEmail', 'action', 'targetCollection', 'documentId'],
    group: { fa: 'تحریریه', en: 'Newsroom' },
    description: {
      fa: 'این رویدادها خودکار ثبت می‌شوند و قابل ویرایش یا حذف نیستند.',
      en: 'Entries are recorded automatically and cannot be edited or deleted.',
    },
    hideAPIURL: true,
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: {
    read: readAuditLog,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { fa: 'کاربر', en: 'User' } },
    {
      name: 'actorEmail',
      type: 'text',
      index: true,
      label: { fa: 'ایمیل کاربر', en: 'User email' },
      admin: { description: { fa: 'حتی اگر حساب بعداً حذف شود می‌ماند.', en: 'Kept even if the account is deleted later.' } },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { fa: 'رویداد', en: 'Action' },
      options: AUDIT_ACTIONS.map((value) => ({ value, label: ACTION_LABELS[value] })),
    },
    { name: 'targetCollection', type: 'text', index: true, label: { fa: 'مجموعه', en: 'Collection' } },
    { name: 'documentId', type: 'text', index: true, label: { fa: 'شناسه سند', en: 'Document ID' } },
    {
      name: 'changedFields',
      type: 'text',
      hasMany: true,
      label: { fa: 'فیلدهای تغییرکرده', en: 'Changed fields' },
      admin: { description: { fa: 'فقط نام فیلدها، نه مقدارشان.', en: 'Field names only, never their values.' } },
    },
    { name: 'ip', type: 'text', label: { fa: 'نشانی IP', en: 'IP address' } },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: { fa: 'سازمان', en: 'Organization' },
    },
    { name: 'detail', type: 'text', maxLength: DETAIL_MAX_LENGTH, label: { fa: 'جزئیات', en: 'Detail' } },
  ],
}
