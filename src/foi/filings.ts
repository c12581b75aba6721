import { createHmac } from 'crypto'
import type { CollectionConfig, Payload } from 'payload'

import { nobody } from '@/access/anyone'
import { FOI_FILINGS_SLUG } from './vocabulary'

const WINDOW_MS = 60 * 60 * 1000

/**
 * One row per public filing, keyed by a keyed hash of the client's address: the per-address limit
 * counts these, so it holds across server instances and restarts (memory would not), and the
 * addresses themselves are never stored. Rows older than the window are removed as filings come.
 * Only the desk writes them; no API reads them.
 */
export const FoiFilings: CollectionConfig = {
  slug: FOI_FILINGS_SLUG,
  labels: { singular: { fa: 'ثبت عمومی', en: 'Public filing' }, plural: { fa: 'ثبت‌های عمومی', en: 'Public filings' } },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [{ name: 'client', type: 'text', required: true, index: true }],
}

/** The address as the limit knows it: an HMAC with the server's secret, so a leaked table names no one. */
export const clientKey = (secret: string, address: string): string => createHmac('sha256', secret).update(address).digest('hex')

/**
 * Takes one of this client's filings for the hour, or says how many seconds until its oldest one
 * in the window expires. The row is written first and counted after: two filings racing for the
 * last place (through one node or two) both see the other and both are refused, where reading the
 * count before writing would let both through. A refused filing leaves no row.
 */
export async function reserveFiling(
  payload: Payload,
  client: string,
  limit: number,
  now = new Date(),
): Promise<{ allowed: true; reservation: number | string } | { allowed: false; retryAfter: number }> {
  const reservation = await payload.create({ collection: FOI_FILINGS_SLUG, data: { client }, depth: 0, overrideAccess: true })
  const since = new Date(now.getTime() - WINDOW_MS).toISOString()
  const inWindow = await payload.find({
    collection: FOI_FILINGS_SLUG,
    where: { and: [{ client: { equals: client } }, { createdAt: { greater_than: since } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (inWindow.totalDocs <= limit) {
    await payload.delete({ collection: FOI_FILINGS_SLUG, where: { createdAt: { less_than: since } }, overrideAccess: true })
    return { allowed: true, reservation: reservation.id }
  }
  await releaseFiling(payload, reservation.id)
  const oldest = Date.parse(inWindow.docs[0]!.createdAt)
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000)) }
}

/** Gives a place back: the filing it was taken for was refused or failed. */
export async function releaseFiling(payload: Payload, reservation: number | string): Promise<void> {
  await payload.delete({ collection: FOI_FILINGS_SLUG, id: reservation, overrideAccess: true })
}
