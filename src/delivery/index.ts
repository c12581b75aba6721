/**
 * The delivery feature's public entry: what other features (the portal, a frontend of this API)
 * and the route files use. Everything else under src/delivery is its own, and the import rules
 * (.dependency-cruiser.cjs) let other features import this file only. Its plugin (./plugin.ts) is
 * listed by payload.config.ts, like every feature's.
 */

/** Route handlers, given the server's Payload by src/app/(delivery). */
export { detailHandler, feedHandler, listHandler, optionsHandler, sitemapHandler } from './routes'

/** The service the API answers from and the portal renders: read as the public, cached. */
export { findProvince, getContent, listContent } from './service'
export { organizationDirectory, type OrganizationInfo } from './directory'
export { DeliveryError, parseListParams, type Locale } from './params'

/** Stores answers for live documents that have none, from jobs; the server calls it once it starts. */
export { backfillStoredAnswers } from './backfill'

/** The contract's shapes, and the serializer the portal's draft preview renders with. */
export type { DeliveredDetail, DeliveredImage, DeliveredSummary } from './contract'
export { toDetail } from './serialize'
