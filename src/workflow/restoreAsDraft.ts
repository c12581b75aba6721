import type { CollectionSlug, Endpoint } from 'payload'
import { headersWithCors, NotFound, parseParams, restoreVersionOperation } from 'payload'

/**
 * `POST /api/{collection}/versions/{id}`, in place of Payload's: a restore always writes a new
 * draft, whoever asks (the admin's Restore button sends `?draft=false` for a draft version, which
 * made Payload overwrite the live document: the public lost the article with no transition, no
 * cache emptied and no webhook). The live version changes only through a transition.
 * Payload reads `draft` before any hook runs, so the route itself has to choose it.
 */
export const restoreAsDraftEndpoint: Endpoint = {
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const slug = req.routeParams?.collection as CollectionSlug | undefined
    const id = req.routeParams?.id
    const collection = slug ? req.payload.collections[slug] : undefined
    if (!collection || (typeof id !== 'string' && typeof id !== 'number')) throw new NotFound(req.t)
    const { depth, populate } = parseParams(req.query)
    const doc = await restoreVersionOperation({ id, collection, depth, draft: true, populate, req })
    return Response.json(
      { ...doc, message: req.t('version:restoredSuccessfully') },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}
