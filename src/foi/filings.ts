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

/** Whether this client may file now, and if not, how many seconds until its oldest filing in the window expires. */
export async function filingAllowance(
  payload: Payload,
  client: string,
  limit: number,
  now = new Date(),
): Promise<{ allowed: true } | { allowed: false; retryAfter: number }> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString()
  const recent = await payload.find({
    collection: FOI_FILINGS_SLUG,
    where: { and: [{ client: { equals: client } }, { createdAt: { greater_than: since } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (recent.totalDocs < limit) return { allowed: true }
  const oldest = Date.parse(recent.docs[0]!.createdAt)
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000)) }
}

export async function recordFiling(payload: Payload, client: string, now = new Date()): Promise<void> {
  await payload.create({ collection: FOI_FILINGS_SLUG, data: { client }, overrideAccess: true })
  await payload.delete({
    collection: FOI_FILINGS_SLUG,
    where: { createdAt: { less_than: new Date(now.getTime() - WINDOW_MS).toISOString() } },
    overrideAccess: true,
  })
}
