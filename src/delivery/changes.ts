import type { RequestContext } from 'payload'

import type { PublicChange } from '@/config/editorial'

type Versioned = { _status?: 'draft' | 'published' | null; workflowStatus?: string | null } | null | undefined

/**
 * Classifies a write by comparing the stored document before and after. A draft saved over a live
 * document is not a public change: the live version is untouched (its afterChange `doc` is the
 * draft, and the workflow never archives on a plain save). Payload's `previousDoc` is the latest
 * version, which may be a pending draft of a live document; the workflow therefore says in the
 * request context whether the document was live.
 */
export function classifyChange(doc: Versioned, previous: Versioned, context: RequestContext = {}): PublicChange | null {
  const { liveBefore } = context
  const wasLive = typeof liveBefore === 'boolean' ? liveBefore : previous?._status === 'published'
  const isLive = doc?._status === 'published'
  if (isLive) return wasLive ? 'updated' : 'published'
  if (wasLive && doc?.workflowStatus === 'archived') return 'unpublished'
  return null
}

/** A deleted document that was live has, for the public, been unpublished. */
export function classifyDelete(doc: Versioned): PublicChange | null {
  return doc?._status === 'published' ? 'unpublished' : null
}
