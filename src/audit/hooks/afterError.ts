import type { AfterErrorHook, CollectionSlug, PayloadRequest } from 'payload'
import { AuthenticationError, LockedAuth } from 'payload'

import type { RelationValue } from '@/access/relationId'
import { organizationOf, type OwnedDoc } from '../organization'
import { recordAudit } from '../record'

type ErrorWithStatus = Error & { status?: number }

/**
 * Failed logins and refused requests, from Payload's root `afterError` hook. Payload runs it for
 * REST and GraphQL requests only (routeError and the GraphQL handler); Local API calls throw to
 * their caller without it. On GraphQL the error arrives wrapped, with the cause in
 * `originalError`, and without the collection.
 */
export const auditError: AfterErrorHook = async ({ collection, error, graphqlResult, req }) => {
  const cause = unwrap(error)
  const collectionSlug = collection?.slug
  if ((cause instanceof AuthenticationError || cause instanceof LockedAuth) && (collectionSlug ?? 'users') === 'users') {
    await recordFailedLogin(req)
  } else if (cause.status === 403) {
    await recordDenied(req, collectionSlug, graphqlResult?.path?.join('.'))
  }
}

function unwrap(error: Error): ErrorWithStatus {
  const original = (error as { originalError?: unknown }).originalError
  return original instanceof Error ? original : error
}

/**
 * The email tried goes in `detail` (GraphQL's handler does not expose it); when it names an
 * account, the entry belongs to that account's organization. A failed lookup still leaves the entry.
 */
async function recordFailedLogin(req: PayloadRequest): Promise<void> {
  await recordAudit(req, async () => {
    const tried = typeof req.data?.email === 'string' ? req.data.email.trim().toLowerCase() : ''
    const account = tried
      ? await req.payload
          .find({ collection: 'users', where: { email: { equals: tried } }, limit: 1, depth: 0, overrideAccess: true, req })
          .then((found) => found.docs[0])
          .catch(() => undefined)
      : undefined
    return {
      action: 'login_failed',
      actor: null,
      targetCollection: 'users',
      documentId: account?.id,
      organization: account?.organization ?? null,
      detail: tried,
    }
  })
}

/**
 * A 403, with the document the request named when there was one (REST `/:id` routes); the
 * entry then belongs to that document's organization, so its supervisors see the attempt.
 */
async function recordDenied(req: PayloadRequest, collectionSlug: string | undefined, graphqlPath: string | undefined): Promise<void> {
  await recordAudit(req, async () => {
    const id = req.routeParams?.id
    const documentId = typeof id === 'string' || typeof id === 'number' ? id : undefined
    return {
      action: 'access_denied',
      targetCollection: collectionSlug,
      documentId,
      organization: collectionSlug && documentId !== undefined ? await organizationOfTarget(req, collectionSlug, documentId) : undefined,
      detail: graphqlPath ? `GraphQL ${graphqlPath}` : `${req.method ?? ''} ${req.pathname ?? ''}`.trim(),
    }
  })
}

async function organizationOfTarget(req: PayloadRequest, collectionSlug: string, id: number | string): Promise<RelationValue | undefined> {
  const doc = await req.payload
    .findByID({ collection: collectionSlug as CollectionSlug, id, depth: 0, draft: true, overrideAccess: true, req })
    .catch(() => null)
  return doc ? organizationOf(collectionSlug, doc as OwnedDoc) : undefined
}
