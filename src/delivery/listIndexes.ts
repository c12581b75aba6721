import type { CompoundIndex } from 'payload'

import type { WorkflowCollection } from '@/config/editorial'
import { CATEGORY_KEYS } from './categoryKeys'

/**
 * The index a province's public list runs on: live rows of its organizations, newest first
 * (`createdAt` is the tie-break Payload adds to the sort). It covers the list's filter, date
 * range, category, sort and count, so they read no content row; only the page's rows are
 * fetched. For press releases the embargo the public read checks is in it too. Campaigns are a
 * few dozen rows.
 */
export const PUBLIC_LIST_INDEXES: Record<WorkflowCollection, CompoundIndex[]> = {
  'news-items': [{ fields: ['_status', 'organization', 'publishedAt', 'createdAt', CATEGORY_KEYS] }],
  'press-releases': [{ fields: ['_status', 'organization', 'publishedAt', 'createdAt', 'embargoUntil', CATEGORY_KEYS] }],
  campaigns: [],
}
