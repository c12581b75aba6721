import type { CollectionConfig } from 'payload'

import { adminOnly, anyone } from '@/access/anyone'
import { isAdmin, isSupervisor } from '@/access/roles'
import { ensureSlug, slugField } from '@/fields/slug'
import { invalidateAlways, invalidateAlwaysOnDelete } from '@/delivery/invalidate'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: {
    singular: { fa: 'دسته', en: 'Category' },
    plural: { fa: 'دسته‌ها', en: 'Categories' },
  },
  graphQL: { singularName: 'Category', pluralName: 'Categories' },
  admin: { useAsTitle: 'title', group: { fa: 'تنظیمات', en: 'Settings' } },
  access: {
    read: anyone,
    create: ({ req }) => isAdmin(req.user) || isSupervisor(req.user),
    update: ({ req }) => isAdmin(req.user) || isSupervisor(req.user),
    delete: adminOnly,
  },
  hooks: {
    beforeValidate: [ensureSlug()],
    afterChange: [invalidateAlways],
    afterDelete: [invalidateAlwaysOnDelete],
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
