/** What a write meant for the public: became visible, stopped being visible, or changed while visible. */
export type PublicChange = 'published' | 'unpublished' | 'updated'

export const DELIVERED_COLLECTIONS = ['news-items', 'press-releases', 'campaigns'] as const
export type DeliveredCollection = (typeof DELIVERED_COLLECTIONS)[number]

type Versioned = { _status?: 'draft' | 'published' | null; workflowStatus?: string | null } | null | undefined

/**
 * Classifies a write by comparing the stored document before and after. A draft saved over a live
 * document is not a public change: the live version is untouched (its afterChange `doc` is the
 * draft, and the workflow never archives on a plain save).
 */
export function classifyChange(doc: Versioned, previous: Versioned): PublicChange | null {
  const wasLive = previous?._status === 'published'
  const isLive = doc?._status === 'published'
  if (isLive) return wasLive ? 'updated' : 'published'
  if (wasLive && doc?.workflowStatus === 'archived') return 'unpublished'
  return null
}

/** A deleted document that was live has, for the public, been unpublished. */
export function classifyDelete(doc: Versioned): PublicChange | null {
  return doc?._status === 'published' ? 'unpublished' : null
}
