import type { CollectionConfig } from 'payload'

import { createInScope, inScope, publishedOrInScope, versionsInScope } from '@/access/content'
import { editorialContentFields, editorialVersions } from '@/fields/editorialContent'
import { ensureSlug } from '@/fields/slug'
import { filesFollowContent } from '@/hooks/filesFollowContent'
import { setPublishedAt } from '@/hooks/setPublishedAt'

export const PressReleases: CollectionConfig = {
  slug: 'press-releases',
  labels: {
    singular: { fa: 'اطلاعیه مطبوعاتی', en: 'Press release' },
    plural: { fa: 'اطلاعیه‌های مطبوعاتی', en: 'Press releases' },
  },
  graphQL: { singularName: 'PressRelease', pluralName: 'PressReleases' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', '_status', 'embargoUntil', 'publishedAt'],
    group: { fa: 'محتوا', en: 'Content' },
  },
  access: {
    read: publishedOrInScope({ embargo: true }),
    readVersions: versionsInScope,
    create: createInScope,
    update: inScope,
    delete: inScope,
  },
  defaultSort: '-publishedAt',
  versions: editorialVersions,
  hooks: {
    beforeValidate: [ensureSlug()],
    beforeChange: [setPublishedAt, filesFollowContent.beforeChange],
    afterChange: [filesFollowContent.afterChange],
    beforeDelete: [filesFollowContent.beforeDelete],
    afterDelete: [filesFollowContent.afterDelete],
  },
  fields: [
    ...editorialContentFields(),
    {
      name: 'embargoUntil',
      type: 'date',
      index: true,
      label: { fa: 'ممنوعیت انتشار تا', en: 'Embargo until' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          fa: 'تا این زمان، حتی پس از انتشار، برای عموم نمایش داده نمی‌شود.',
          en: 'Hidden from the public until this time, even when published.',
        },
      },
    },
    {
      name: 'contact',
      type: 'group',
      label: { fa: 'اطلاعات تماس رسانه‌ای', en: 'Media contact' },
      fields: [
        { name: 'name', type: 'text', maxLength: 200, label: { fa: 'نام', en: 'Name' } },
        { name: 'phone', type: 'text', maxLength: 40, label: { fa: 'تلفن', en: 'Phone' } },
        { name: 'email', type: 'email', label: { fa: 'ایمیل', en: 'Email' } },
      ],
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'attachments',
      hasMany: true,
      maxRows: 20,
      label: { fa: 'پیوست‌ها (PDF)', en: 'Attachments (PDF)' },
    },
  ],
}
