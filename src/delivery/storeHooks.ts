import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import type { WorkflowCollection } from '@/config/editorial'
import { classifyChange } from './changes'
import { queueStore } from './jobs'
import { queueRefresh, refreshAnswers } from './refresh'
import { storeAnswers } from './store'
import { NOTHING_STORED } from './storedField'

/**
 * Every write starts with nothing stored; the hook below stores the answers once the document is
 * live. So an unpublish leaves nothing behind, and versions (drafts included) never carry a copy:
 * a draft saved over a live document writes only its version, and the live row keeps its answers.
 */
export const clearStoredAnswers: CollectionBeforeChangeHook = ({ data }) => ({ ...data, ...NOTHING_STORED })

type LiveDoc = { id: number | string; _status?: 'draft' | 'published' | null; embargoUntil?: string | null }

/**
 * A write that leaves the document live (publish, republish, a system edit) stores its answers in
 * the same transaction: the request returns with them in place. An embargoed release is rendered
 * as the public sees it, which is not at all: a job stores its answers when the embargo ends.
 */
export const storeLiveAnswers: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const live = doc as LiveDoc
  if (live._status !== 'published') return doc
  await storeAnswers(req, collection.slug as WorkflowCollection, [live.id])
  const embargoEnd = live.embargoUntil ? new Date(live.embargoUntil) : null
  if (embargoEnd && embargoEnd.getTime() > Date.now()) await queueStore(req, collection.slug as WorkflowCollection, live.id, embargoEnd)
  return doc
}

type RelatedDoc = { id: number | string; publicFrom?: string | null }

/**
 * An image, file, category or organization changed: the answers that show it are made again.
 * A file that becomes public later (`publicFrom` at the end of an embargo) is shown from then on
 * with no write at that time, so those answers are made again at that moment too.
 */
export const refreshDependents: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const related = doc as RelatedDoc
  const dependsOn = `${collection.slug}:${related.id}`
  await refreshAnswers(req, { dependsOn })
  const publicFrom = related.publicFrom ? new Date(related.publicFrom) : null
  if (publicFrom && publicFrom.getTime() > Date.now()) await queueRefresh(req, { dependsOn }, publicFrom)
  return doc
}

export const refreshDependentsOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await refreshAnswers(req, { dependsOn: `${collection.slug}:${(doc as RelatedDoc).id}` })
  return doc
}

/**
 * Content shows other content while that is live: a campaign's title and slug on its items'
 * cards, a linked article's page and title in a text. Its public changes (published, edited
 * live, taken down) reach those answers.
 */
export const refreshAnswersShowingIt: CollectionAfterChangeHook = async ({ collection, context, doc, operation, previousDoc, req }) => {
  // Nothing can show a document created just now (an import's publications ask nothing).
  if (operation !== 'create' && classifyChange(doc, previousDoc, context))
    await refreshAnswers(req, { dependsOn: `${collection.slug}:${doc.id}` })
  return doc
}
