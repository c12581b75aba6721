import type { CollectionConfig } from 'payload'

import { WORKFLOW_COLLECTIONS } from '@/config/editorial'
import { staffNameField } from '@/fields/staffName'
import { canReadComments, ownCommentOrAdmin } from './access'
import { attachToDocument } from './hooks/attachToDocument'

/**
 * Editorial comments on a news item, press release or campaign, threaded by `parent`. They live
 * in the document's scope: whoever may work on the document may read and add comments.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: {
    singular: { fa: 'یادداشت', en: 'Comment' },
    plural: { fa: 'یادداشت‌های تحریریه', en: 'Editorial comments' },
  },
  graphQL: { singularName: 'Comment', pluralName: 'Comments' },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['body', 'authorName', 'document', 'createdAt'],
    group: { fa: 'تحریریه', en: 'Newsroom' },
  },
  defaultSort: 'createdAt',
  access: {
    read: canReadComments,
    create: ({ req }) => Boolean(req.user),
    update: ownCommentOrAdmin,
    delete: ownCommentOrAdmin,
  },
  hooks: { beforeChange: [attachToDocument] },
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: [...WORKFLOW_COLLECTIONS],
      required: true,
      index: true,
      label: { fa: 'سند', en: 'Document' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'comments',
      index: true,
      label: { fa: 'در پاسخ به', en: 'Reply to' },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: { fa: 'متن', en: 'Text' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: { fa: 'نویسنده', en: 'Author' },
      access: { create: () => false, update: () => false },
      // Shown by name (authorName): a colleague's account is outside most readers' scope.
      admin: { readOnly: true, hidden: true },
    },
    staffNameField('author', { fa: 'نویسنده', en: 'Author' }),
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: { fa: 'سازمان', en: 'Organization' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, hidden: true },
    },
  ],
}
