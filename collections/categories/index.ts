import type { CollectionConfig } from 'payload'

import { adminOnly, anyone } from '@/access/anyone'
import { ensureSlug, slugField } from '@/fields/slug'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: {
    singular: { fa: 'دسته', en: 'Category' },
    plural: { fa: 'دسته‌ها', en: 'Categories' },
  },
  graphQL: { singularName: 'Category', pluralName: 'Categories' },
  admin: { useAsTitle: 'title', group: { fa: 'تنظیمات', en: 'Settings' } },
  // A shared vocabulary: every province files under it, so only the ministry's admins change it.
  access: {
    read: anyone,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
  },
  hooks: {
    beforeValidate: [ensureSlug()],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 120,
      label: { fa: 'عنوان', en: 'Title' },
    },
    slugField(),
  ],
}
