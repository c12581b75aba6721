import type { CollectionConfig } from 'payload'

import { createInScope, inScope, publishedOrInScope, versionsInScope } from '@/access/content'
import { editorialContentFields, editorialVersions } from '@/fields/editorialContent'
import { ensureSlug } from '@/fields/slug'
import { filesFollowContent } from '@/hooks/filesFollowContent'
import { setPublishedAt } from '@/hooks/setPublishedAt'

export const NewsItems: CollectionConfig = {
  slug: 'news-items',
  labels: {
    singular: { fa: 'خبر', en: 'News item' },
    plural: { fa: 'اخبار', en: 'News items' },
  },
  graphQL: { singularName: 'NewsItem', pluralName: 'NewsItems' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', '_status', 'publishedAt', 'updatedAt'],
    group: { fa: 'محتوا', en: 'Content' },
  },
  access: {
    read: publishedOrInScope(),
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
  fields: editorialContentFields(),
}
