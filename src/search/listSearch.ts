import type { CollectionBeforeOperationHook, Where } from 'payload'

import type { WorkflowCollection } from '@/config/editorial'
import { searchWhere } from './searchWhere'

/**
 * A `searchText like …` in any query of an editorial collection is a search: the admin's list
 * search box asks it (the collections list `searchText` as their searchable field), and so may
 * REST and GraphQL. It is answered by searchWhere, so the admin finds what the portal finds —
 * normalized words in the title and summary, through the index — in the latest version of each
 * document when the list shows drafts. Everything else in the query stays as it was.
 */
export const searchThroughIndex: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'read' && operation !== 'count') return args
  const { where, draft } = args as { where?: Where; draft?: boolean }
  if (!where || !asksSearch(where)) return args
  const search = (query: string) =>
    searchWhere(req.payload, {
      collection: collection.slug as WorkflowCollection,
      query,
      locale: req.locale && req.locale !== 'all' ? req.locale : undefined,
      drafts: operation === 'read' && draft === true,
    })
  return { ...args, where: await rewrite(where, search) }
}

type Like = { like: string }

const isSearch = (condition: unknown): condition is Like =>
  typeof condition === 'object' && condition !== null && Object.keys(condition).length === 1 && typeof (condition as Like).like === 'string'

function asksSearch(where: Where): boolean {
  return Object.entries(where).some(([key, value]) =>
    (key === 'and' || key === 'or') && Array.isArray(value) ? value.some(asksSearch) : key === 'searchText' && isSearch(value),
  )
}

async function rewrite(where: Where, search: (query: string) => Promise<Where>): Promise<Where> {
  const kept: Where = {}
  const added: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) kept[key] = await Promise.all(value.map((inner) => rewrite(inner, search)))
    else if (key === 'searchText' && isSearch(value)) added.push(await search(value.like))
    else kept[key] = value
  }
  if (added.length === 0) return kept
  return Object.keys(kept).length === 0 && added.length === 1 ? added[0]! : { and: [...(Object.keys(kept).length ? [kept] : []), ...added] }
}
