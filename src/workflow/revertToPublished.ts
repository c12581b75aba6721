import type { Endpoint } from 'payload'
import { APIError, Forbidden, headersWithCors, NotFound, restoreVersionOperation } from 'payload'

import { isWorkflowCollection } from '@/config/editorial'

/**
 * `POST /api/{collection}/{id}/revert-to-published`: the pending draft of a live document is
 * dropped, and the live version becomes the latest again (the admin's "Revert to published").
 * Payload's own revert sends the published document back with `_status: "published"`, which the
 * workflow refuses (nothing a person writes goes live), so the button always failed with a 403.
 * Here the server writes back the version that is live, never what a client sends: nothing new
 * goes live, so anyone who may edit the document may do it. A document that is not live (taken
 * down since) is not put back: that is a publication, a supervisor's transition.
 */
export const revertToPublishedEndpoint: Endpoint = {
  path: '/:id/revert-to-published',
  method: 'post',
  handler: async (req) => {
    const slug = req.routeParams?.collection
    const id = req.routeParams?.id
    if (!isWorkflowCollection(slug) || (typeof id !== 'string' && typeof id !== 'number')) throw new NotFound(req.t)
    const collection = req.payload.collections[slug]
    if (!req.user) throw new Forbidden(req.t)
    // As the person: a document or versions outside their scope are not found.
    const live = await req.payload
      .findByID({ collection: slug, id, draft: false, depth: 0, select: { _status: true }, overrideAccess: false, req })
      .catch(() => null)
    if (!live) throw new NotFound(req.t)
    if (live._status !== 'published') {
      throw new APIError(
        'این محتوا منتشرشده نیست؛ انتشار دوباره با گردش کار است. / This document is not live: publishing it again is a workflow transition.',
        409,
        undefined,
        true,
      )
    }
    const versions = await req.payload.findVersions({
      collection: slug,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      select: { version: { _status: true } } as never,
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      req,
    })
    const published = versions.docs.find((row) => (row.version as { _status?: string | null } | undefined)?._status === 'published')
    if (!published) throw new NotFound(req.t)
    // The live version written back as it is: a workflow write, which the publishing guards let
    // through (./guardPublishing.ts); Payload still checks the person may update the document.
    req.context.workflowTransition = true
    const doc = await restoreVersionOperation({ id: published.id, collection, depth: 0, draft: false, overrideAccess: false, req })
    return Response.json(
      { doc, message: req.t('version:restoredSuccessfully') },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}
