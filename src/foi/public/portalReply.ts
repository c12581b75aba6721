import type { Payload } from 'payload'

import { foiPortalPath } from '@/config/publicUrls'

import { MAX_REPLY_LENGTH, replyToClarification } from './reply'

type Newsroom = () => Promise<Payload>
type Context = { params: Promise<{ province: string }> }

/**
 * `POST /portal/{province}[/en]/foi/reply`: the status page's clarification form (no JavaScript), form
 * fields `code` and `message`; answered with a 303 back to the status page, with the problem when
 * the reply was refused.
 */
export const portalReplyHandler =
  (newsroom: Newsroom, locale: 'fa' | 'en' = 'fa') =>
  async (request: Request, { params }: Context): Promise<Response> => {
    const province = decodeURIComponent((await params).province)
    const text = await request.text()
    const fields = new URLSearchParams(Buffer.byteLength(text) > MAX_REPLY_LENGTH * 8 ? '' : text)
    const code = (fields.get('code') ?? '').slice(0, 40)
    const result = await replyToClarification(await newsroom(), { code, headers: request.headers }, fields.get('message') ?? '')
    const query = new URLSearchParams({ code, ...(result.ok ? { replied: '1' } : { error: result.error }) })
    return new Response(null, {
      status: 303,
      headers: { Location: `${foiPortalPath(province, locale, 'status')}?${query}`, 'Cache-Control': 'no-store' },
    })
  }
