import type { CollectionConfig } from 'payload'

import { WORKFLOW_COLLECTIONS } from '@/config/editorial'
import { nobody } from '@/access/anyone'
import { ownNotifications, unchangeable } from './access'
import { EVENT_LABELS, NOTIFICATION_EVENTS } from './events'

export const NOTIFICATIONS_SLUG = 'notifications'

/**
 * Each user's inbox: what happened to documents they review or wrote. Written by the workflow;
 * the recipient can only mark an entry read.
 */
export const Notifications: CollectionConfig = {
  slug: NOTIFICATIONS_SLUG,
  labels: {
    singular: { fa: 'اعلان', en: 'Notification' },
    plural: { fa: 'اعلان‌ها', en: 'Notifications' },
  },
  graphQL: { singularName: 'Notification', pluralName: 'Notifications' },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'event', 'read', 'createdAt'],
    group: { fa: 'تحریریه', en: 'Newsroom' },
    description: {
      fa: 'اعلان‌های گردش کار شما. برای علامت زدن به‌عنوان خوانده‌شده، «خوانده شد» را بزنید و ذخیره کنید.',
      en: 'Your workflow notifications. Tick "Read" and save to mark one as read.',
    },
    hideAPIURL: true,
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: {
    read: ownNotifications,
    update: ownNotifications,
    create: nobody,
    delete: nobody,
  },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { fa: 'گیرنده', en: 'Recipient' },
      access: { update: unchangeable },
      admin: { readOnly: true },
    },
    {
      name: 'message',
      type: 'text',
      required: true,
      label: { fa: 'پیام', en: 'Message' },
      access: { update: unchangeable },
      admin: { readOnly: true },
    },
    {
      name: 'document',
      type: 'relationship',
      // FOI requests too: their deadline reminders (src/foi announces them).
      relationTo: [...WORKFLOW_COLLECTIONS, 'foi-requests'],
      label: { fa: 'سند', en: 'Document' },
      access: { update: unchangeable },
      admin: { readOnly: true },
    },
    {
      name: 'event',
      type: 'select',
      required: true,
      index: true,
      label: { fa: 'رویداد', en: 'Event' },
      options: NOTIFICATION_EVENTS.map((value) => ({ value, label: EVENT_LABELS[value] })),
      access: { update: unchangeable },
      admin: { readOnly: true },
    },
    {
      name: 'read',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { fa: 'خوانده شد', en: 'Read' },
    },
  ],
}
