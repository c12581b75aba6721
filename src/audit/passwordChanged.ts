import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Whether a write set a new password. The password never reaches the document and its hash is a
 * hidden field (left out of `doc`), so the stored hash is read back and compared with the one
 * `previousDoc` carried. Only auth collections pay for this read, and accounts change rarely.
 */
export async function passwordChanged(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  previousHash: unknown,
): Promise<boolean> {
  const stored = await req.payload.db.findOne<{ id: number | string; hash?: string | null }>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  return Boolean(stored?.hash) && stored?.hash !== previousHash
}
