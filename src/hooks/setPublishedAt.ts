import type { CollectionBeforeChangeHook } from 'payload'

/** The first publication stamps `publishedAt`; later edits keep the original date. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status !== 'published' || data.publishedAt) return data
  return { ...data, publishedAt: originalDoc?.publishedAt ?? new Date().toISOString() }
}
