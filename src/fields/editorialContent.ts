import type { Field } from 'payload'

import { bodyImagesField } from './bodyImages'
import { requireLexicalShape } from './lexicalShape'
import { organizationField } from './organization'
import { slugField } from './slug'

/**
 * The fields news items and press releases share. Their names are part of the public API.
 */
export const editorialContentFields = (): Field[] => [
  {
    name: 'title',
    type: 'text',
    required: true,
    localized: true,
    maxLength: 300,
    label: { fa: 'عنوان', en: 'Title' },
  },
  {
    name: 'summary',
    type: 'textarea',
    localized: true,
    maxLength: 1000,
    label: { fa: 'خلاصه (لید)', en: 'Summary' },
  },
  {
    name: 'body',
    type: 'richText',
    localized: true,
    label: { fa: 'متن', en: 'Body' },
    hooks: { beforeValidate: [requireLexicalShape] },
  },
  bodyImagesField(),
  {
    name: 'heroImage',
    type: 'upload',
    relationTo: 'media',
    label: { fa: 'تصویر اصلی', en: 'Hero image' },
  },
  {
    name: 'gallery',
    type: 'upload',
    relationTo: 'media',
    hasMany: true,
    maxRows: 50,
    label: { fa: 'گالری', en: 'Gallery' },
  },
  slugField({ uniqueInDatabase: false }),
  organizationField(),
  {
    name: 'categories',
    type: 'relationship',
    relationTo: 'categories',
    hasMany: true,
    maxRows: 20,
    label: { fa: 'دسته‌ها', en: 'Categories' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'campaign',
    type: 'relationship',
    relationTo: 'campaigns',
    index: true,
    label: { fa: 'پویش', en: 'Campaign' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'publishedAt',
    type: 'date',
    index: true,
    label: { fa: 'تاریخ انتشار', en: 'Published at' },
    // A copy is published on its own day (src/hooks/setPublishedAt.ts), not on its original's.
    hooks: { beforeDuplicate: [() => null] },
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
]

/**
 * Drafts with autosave, and enough history for an editor to find any earlier wording. Drafts are
 * validated too: every person's save is a draft here (publishing is a transition), so without
 * validation a malformed date or an oversized gallery would be stored and break every later read.
 */
export const editorialVersions = {
  drafts: { autosave: { interval: 2000 }, validate: true },
  maxPerDoc: 50,
} as const
