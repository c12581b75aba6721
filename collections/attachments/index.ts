import type { CollectionConfig } from 'payload'

import { createInScope, inScope } from '@/access/content'
import { publicFileOrInScope } from '@/access/files'
import { mediaDir } from '@/config/mediaDir'
import { organizationField } from '@/fields/organization'
import { publicFromField } from '@/fields/publicFrom'
import { fileFollowsItsOrganization } from '@/hooks/filesFollowOrganizations'
import { guardUpload } from '@/uploads/guardUpload'

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

/** PDF files attached to press releases (the full text of a statement, a schedule, a form). */
export const Attachments: CollectionConfig = {
  slug: 'attachments',
  labels: {
    singular: { fa: 'پیوست', en: 'Attachment' },
    plural: { fa: 'پیوست‌ها', en: 'Attachments' },
  },
  graphQL: { singularName: 'Attachment', pluralName: 'Attachments' },
  admin: { useAsTitle: 'title', group: { fa: 'محتوا', en: 'Content' } },
  access: {
    read: publicFileOrInScope,
    create: createInScope,
    update: inScope,
    delete: inScope,
  },
  hooks: {
    beforeOperation: [guardUpload({ accept: ['application/pdf'], maxBytes: MAX_ATTACHMENT_BYTES, acceptedNames: 'PDF' })],
    afterChange: [fileFollowsItsOrganization],
  },
  upload: {
    staticDir: mediaDir('attachments'),
    mimeTypes: ['application/pdf'],
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
    organizationField(),
    publicFromField(),
  ],
}
