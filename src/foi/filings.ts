import { createHmac } from 'crypto'
import type { CollectionConfig, Payload } from 'payload'

import { nobody } from '@/access/anyone'
import { requestIp } from '@/config/peerAddress'
import { FOI_FILINGS_SLUG } from './vocabulary'

/** The limits count what a client did in the last hour. */
export const WINDOW_MS = 60 * 60 * 1000

/** What a row counts: a public filing, or a lookup of a tracking code that does not exist (../codeGuesses.ts). */
export type PublicAttempt = 'filing' | 'code-miss'

/**
 * One row per public filing, and per lookup of an unknown tracking code, keyed by a keyed hash of
 * the client's address: the per-address limits count these, so they hold across server instances
 * and restarts (memory would not), and the addresses themselves are never stored. Rows older than
 * the window are removed as new ones come. Only the desk writes them; no API reads them.
 */
export const FoiFilings: CollectionConfig = {
  slug: FOI_FILINGS_SLUG,
  labels: { singular: { fa: 'ثبت عمومی', en: 'Public filing' }, plural: { fa: 'ثبت‌های عمومی', en: 'Public filings' } },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'client', type: 'text', required: true, index: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'filing',
      options: [
        { value: 'filing', label: { fa: 'ثبت درخواست', en: 'Filing' } },
        { value: 'code-miss', label: { fa: 'کد رهگیری ناموجود', en: 'Unknown tracking code' } },
      ],
    },
  ],
}

/** The address as the limit knows it: an HMAC with the server's secret, so a leaked table names no one. */
export const clientKey = (secret: string, address: string): string => createHmac('sha256', secret).update(address).digest('hex')

/** The client of a public request (the connecting address unless TRUSTED_PROXIES vouches for X-Forwarded-For), as the limits key it. */
export const clientOf = (payload: Payload, headers: Headers): string => clientKey(payload.secret, requestIp({ headers }) || 'unknown')

/**
 * Takes one of this client's attempts of this kind for the hour, or says how many seconds until
 * its oldest one in the window expires. The row is written first and counted after: two attempts
 * racing for the last place (through one node or two) both see the other and both are refused,
 * where reading the count before writing would let every attempt in flight through. A refused
 * attempt leaves no row. The caller gives the place back (releaseAttempt) when what it was taken
 * for did not happen: a filing that failed, a code lookup that found its request.
 */
export async function reserveAttempt(
  payload: Payload,
  client: string,
  kind: PublicAttempt,
  limit: number,
  now = new Date(),
): Promise<{ allowed: true; reservation: number | string } | { allowed: false; retryAfter: number }> {
  const reservation = await recordAttempt(payload, client, kind)
  const inWindow = await attemptsInWindow(payload, client, kind, now)
  if (inWindow.count <= limit) {
    await forgetOldAttempts(payload, now)
    return { allowed: true, reservation: reservation.id }
  }
  await releaseAttempt(payload, reservation.id)
  return { allowed: false, retryAfter: inWindow.retryAfter }
}

export async function recordAttempt(payload: Payload, client: string, kind: PublicAttempt): Promise<{ id: number | string }> {
  return payload.create({ collection: FOI_FILINGS_SLUG, data: { client, kind }, depth: 0, overrideAccess: true })
}

/** How many attempts of this kind the client made in the window, and the seconds until the oldest of them leaves it. */
export async function attemptsInWindow(
  payload: Payload,
  client: string,
  kind: PublicAttempt,
  now = new Date(),
): Promise<{ count: number; retryAfter: number }> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString()
  const inWindow = await payload.find({
    collection: FOI_FILINGS_SLUG,
    where: { and: [{ client: { equals: client } }, { kind: { equals: kind } }, { createdAt: { greater_than: since } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const oldest = inWindow.docs[0] ? Date.parse(inWindow.docs[0].createdAt) : now.getTime()
  return { count: inWindow.totalDocs, retryAfter: Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000)) }
}

/** Rows that no limit counts any more. */
export async function forgetOldAttempts(payload: Payload, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString()
  await payload.delete({ collection: FOI_FILINGS_SLUG, where: { createdAt: { less_than: since } }, overrideAccess: true })
}

/** Gives a place back: what it was taken for was refused, failed or does not count. */
export async function releaseAttempt(payload: Payload, reservation: number | string): Promise<void> {
  await payload.delete({ collection: FOI_FILINGS_SLUG, id: reservation, overrideAccess: true })
}
