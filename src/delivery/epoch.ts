import crypto from 'crypto'
import { ValidationError, type CollectionConfig, type Payload } from 'payload'

import { nobody } from '@/access/anyone'

export const EPOCHS_SLUG = 'delivery-epochs'
const DELIVERY = 'delivery'

/**
 * The delivery epoch: one row whose token every public change replaces with a random one, so
 * every node can ask the database cheaply whether anything public changed since it last looked
 * (src/delivery/cache.ts), with no channel between nodes but the database they share. A random
 * token, not a counter: replacing needs no read first, and any change of it is news. The name is
 * unique, so two nodes starting at once still make one row. Written and read by the system
 * through the database adapter only (no hooks, no audit entries); no API reads or writes it.
 */
export const DeliveryEpochs: CollectionConfig = {
  slug: EPOCHS_SLUG,
  admin: { hidden: true },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    { name: 'token', type: 'text', required: true },
  ],
}

/** The current token; null before the row exists. */
export async function readEpoch(payload: Payload): Promise<string | null> {
  const row = await payload.db.findOne<{ id: number | string; token?: string }>({
    collection: EPOCHS_SLUG,
    where: { name: { equals: DELIVERY } },
    select: { token: true },
  })
  return row?.token ?? null
}

/** Makes the row when it is missing (at start); a node that loses the race to make it finds it made. */
export async function ensureEpoch(payload: Payload): Promise<void> {
  if ((await readEpoch(payload)) !== null) return
  try {
    await payload.db.create({ collection: EPOCHS_SLUG, data: { name: DELIVERY, token: newToken() }, returning: false })
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
  }
}

/** Tells every node that public content changed: their next check empties their caches. */
export async function advanceEpoch(payload: Payload): Promise<void> {
  await ensureEpoch(payload)
  await payload.db.updateOne({
    collection: EPOCHS_SLUG,
    where: { name: { equals: DELIVERY } },
    data: { token: newToken() },
    returning: false,
  })
}

const newToken = () => crypto.randomUUID()
