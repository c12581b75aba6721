import type { Endpoint, PayloadHandler } from 'payload'

const notFound: PayloadHandler = () =>
  Response.json({ errors: [{ message: 'این مجموعه نسخه نگه نمی‌دارد. / This collection keeps no versions.' }] }, { status: 404 })

/**
 * Payload routes `/api/{collection}/versions` for every collection; on one that keeps no versions
 * it queries a version table that does not exist and answers 500. A collection's own endpoints
 * are matched before Payload's, so these answer 404 first.
 */
export const noVersionEndpoints: Endpoint[] = [
  { path: '/versions', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'post', handler: notFound },
]
