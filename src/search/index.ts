/**
 * The search feature's public entry. One question — which documents contain every word of this
 * query — answered in one place for the delivery API (and so the portal) and the admin's lists.
 * Its plugin (./plugin.ts) is listed by payload.config.ts, like every feature's.
 */
export { searchWhere, type SearchQuery } from './searchWhere'
export { queryWords } from './words'
