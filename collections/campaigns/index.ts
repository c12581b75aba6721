import type { CollectionConfig } from 'payload'

import { addedOrganizationsWithinScope, createInScope, inScope, versionsInScope } from '@/access/content'
import { editorialVersions } from '@/fields/editorialContent'
import { organizationField } from '@/fields/organization'
import { ensureSlug, slugField } from '@/fields/slug'
import { readCampaigns } from './access'

/** A regional campaign: several provinces, one message, many linked news items and releases. */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: {
    singular: { fa: 'پویش', en: 'Campaign' },
    plural: { fa: 'پویش‌ها', en: 'Campaigns' },
  },
  graphQL: { singularName: 'Campaign', pluralName: 'Campaigns' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'startsAt', 'endsAt', '_status'],
    group: { fa: 'محتوا', en: 'Content' },
  },
  access: {
    read: readCampaigns,
    readVersions: versionsInScope,
    create: createInScope,
    update: inScope,
    delete: inScope,
  },
  defaultSort: '-startsAt',
  versions: { drafts: { validate: true }, maxPerDoc: editorialVersions.maxPerDoc },
  hooks: {
    beforeValidate: [ensureSlug()],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      label: { fa: 'عنوان', en: 'Title' },
    },
    slugField({ uniqueInDatabase: false }),
    {
      name: 'objective',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      label: { fa: 'هدف', en: 'Objective' },
    },
    {
      name: 'keyMessages',
      type: 'array',
      maxRows: 20,
      label: { fa: 'پیام‌های کلیدی', en: 'Key messages' },
      labels: {
        singular: { fa: 'پیام', en: 'Message' },
        plural: { fa: 'پیام‌ها', en: 'Messages' },
      },
      fields: [
        {
          name: 'message',
          type: 'text',
          required: true,
          localized: true,
          maxLength: 500,
          label: { fa: 'پیام', en: 'Message' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', index: true, label: { fa: 'آغاز', en: 'Starts at' } },
        { name: 'endsAt', type: 'date', index: true, label: { fa: 'پایان', en: 'Ends at' } },
      ],
    },
    {
      name: 'plannedItems',
      type: 'number',
      min: 0,
      max: 100000,
      admin: { step: 1 },
      label: { fa: 'تعداد محتوای برنامه‌ریزی‌شده برای هر استان', en: 'Items planned per target province' },
    },
    {
      name: 'provinces',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      index: true,
      filterOptions: { type: { equals: 'province' } },
      hooks: { beforeChange: [addedOrganizationsWithinScope] },
      label: { fa: 'استان‌های هدف', en: 'Target provinces' },
    },
    {
      name: 'hashtags',
      type: 'text',
      hasMany: true,
      maxRows: 20,
      maxLength: 100,
      label: { fa: 'هشتگ‌ها', en: 'Hashtags' },
    },
    organizationField(),
    {
      name: 'linkedContent',
      type: 'join',
      collection: ['news-items', 'press-releases'],
      on: 'campaign',
      label: { fa: 'اخبار و اطلاعیه‌های این پویش', en: 'News and releases in this campaign' },
      admin: { defaultColumns: ['title', '_status'] },
    },
  ],
}
