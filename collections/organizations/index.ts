import type { CollectionConfig } from 'payload'

import { adminOnly, anyone } from '@/access/anyone'
import { ensureSlug, slugField } from '@/fields/slug'
import { filesFollowTheirOrganizations } from '@/hooks/filesFollowOrganizations'

export const ORGANIZATION_TYPES = ['ministry', 'province', 'county', 'municipality'] as const

/**
 * The hierarchy ministry → province → county office or municipality. Every scope rule is
 * expressed in terms of this tree. Names are public (portals show them), so anyone may read.
 */
export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: {
    singular: { fa: 'سازمان', en: 'Organization' },
    plural: { fa: 'سازمان‌ها', en: 'Organizations' },
  },
  graphQL: { singularName: 'Organization', pluralName: 'Organizations' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'parent', 'slug'],
    group: { fa: 'تنظیمات', en: 'Settings' },
  },
  access: {
    read: anyone,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
  },
  hooks: {
    beforeValidate: [ensureSlug('name')],
    afterChange: [filesFollowTheirOrganizations],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: { fa: 'نام', en: 'Name' },
    },
    slugField(),
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      label: { fa: 'نوع', en: 'Type' },
      options: [
        { value: 'ministry', label: { fa: 'وزارتخانه', en: 'Ministry' } },
        { value: 'province', label: { fa: 'استانداری', en: 'Province' } },
        { value: 'county', label: { fa: 'فرمانداری', en: 'County office' } },
        { value: 'municipality', label: { fa: 'شهرداری', en: 'Municipality' } },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: { fa: 'سازمان بالادست', en: 'Parent organization' },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ type: string }> }) =>
        siblingData.type === 'ministry' ||
        Boolean(value) ||
        'سازمان بالادست لازم است (جز برای وزارتخانه). / A parent is required except for the ministry.',
    },
    {
      name: 'center',
      type: 'text',
      localized: true,
      maxLength: 120,
      label: { fa: 'مرکز استان', en: 'Provincial capital' },
      admin: { condition: (_, siblingData) => siblingData?.type === 'province' },
    },
    {
      name: 'foiUrl',
      type: 'text',
      maxLength: 500,
      label: { fa: 'نشانی درگاه دسترسی آزاد به اطلاعات', en: 'Freedom-of-Information portal URL' },
      validate: (value: unknown) =>
        !value || /^https?:\/\/\S+$/.test(String(value)) || 'یک نشانی http(s) وارد کنید. / Enter an http(s) URL.',
      admin: {
        condition: (_, siblingData) => siblingData?.type === 'province',
        description: {
          fa: 'در پانویس درگاه استان نمایش داده می‌شود؛ اگر خالی باشد نشانی درگاه ملی به کار می‌رود.',
          en: 'Shown in the province portal footer; when empty, the national FOI portal is linked.',
        },
      },
    },
  ],
}
