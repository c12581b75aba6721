import type { LivePreviewConfig } from 'payload'

import type { WorkflowCollection } from '@/config/editorial'

/** Where the admin's live preview shows a document: its portal page, rendered from the draft. */
export const livePreviewUrl =
  (collection: WorkflowCollection): NonNullable<LivePreviewConfig['url']> =>
  ({ data, locale }) =>
    data?.id ? `/portal/preview/${collection}/${data.id}?locale=${locale?.code === 'en' ? 'en' : 'fa'}` : ''
