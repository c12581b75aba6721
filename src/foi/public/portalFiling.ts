import type { Payload } from 'payload'

import { foiPortalPath } from '@/config/publicUrls'

import { MAX_FILING_BYTES } from './filing'
import { fileRequest } from './fileService'

type Newsroom = () => Promise<Payload>
type Context = { params: Promise<{ province: string }> }

const FORM_TYPE = 'application/x-www-form-urlencoded'

/** 303: the browser follows with a GET, so a reload never files twice. */
const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })

/**
 * `POST /portal/{province}[/en]/foi/file`: the portal's filing form, which works without JavaScript. A
 * filing goes through the same checks and limit as the API; the browser is sent to the status
 * page of the new code, or back to the form with the problem and its field.
 */
export const portalFileHandler =
  (newsroom: Newsroom, locale: 'fa' | 'en' = 'fa') =>
  async (request: Request, { params }: Context): Promise<Response> => {
    const province = decodeURIComponent((await params).province)
    const back = (error: string, field?: string) =>
      seeOther(`${foiPortalPath(province, locale)}?${new URLSearchParams({ error, ...(field ? { field } : {}) })}#file`)
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (type !== FORM_TYPE) return back('فرم را از همین صفحه بفرستید. / Send the form from this page.')
    const text = await request.text()
    if (Buffer.byteLength(text) > MAX_FILING_BYTES)
      return back('متن درخواست بیش از اندازه بلند است. / The request is too long.', 'question')
    const result = await fileRequest(await newsroom(), Object.fromEntries(new URLSearchParams(text)), request.headers)
    if (!result.ok) return back(result.error, result.field)
    return seeOther(`${foiPortalPath(province, locale, 'status')}?${new URLSearchParams({ code: result.trackingCode, filed: '1' })}`)
  }
