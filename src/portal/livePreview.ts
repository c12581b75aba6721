import type { LivePreviewConfig } from 'payload'

/** Where the admin's live preview shows a document: its portal page, rendered from the draft. */
export const livePreviewUrl =
  (collection: 'news-items' | 'press-releases' | 'campaigns'): NonNullable<LivePreviewConfig['url']> =>
  ({ data, locale }) =>
    data?.id ? `/portal/preview/${collection}/${data.id}?locale=${locale?.code === 'en' ? 'en' : 'fa'}` : ''
