import sharp from 'sharp'

import type { client, Headers } from './http'
import { minimalPdf } from './images'

type Http = ReturnType<typeof client>

export type Editorial = 'news-items' | 'press-releases' | 'campaigns'
export const EDITORIAL: Editorial[] = ['news-items', 'press-releases', 'campaigns']
/** GraphQL names of each editorial collection (singular), as the config fixes them. */
export const GRAPHQL_NAME: Record<Editorial, string> = { 'news-items': 'NewsItem', 'press-releases': 'PressRelease', campaigns: 'Campaign' }
/** The delivery API's type for each collection. */
export const DELIVERY_TYPE: Record<Editorial, string> = { 'news-items': 'news', 'press-releases': 'press-releases', campaigns: 'campaigns' }
/** A plain text field of each collection that any editor may change. */
export const TEXT_FIELD: Record<Editorial, string> = { 'news-items': 'summary', 'press-releases': 'summary', campaigns: 'objective' }

export type Doc = { id: number; slug: string; title: string; workflowStatus: string; _status: string; updatedAt: string }

const label = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`

/** Fixture makers for the side-door tests: each makes a fresh document so tests never share state. */
export function fixtures(http: Http) {
  async function draft(collection: Editorial, organization: number, as: Headers, data: Record<string, unknown> = {}): Promise<Doc> {
    const { status, body } = await http.send<{ doc: Doc }>(
      'POST',
      `/api/${collection}?draft=true`,
      { title: label('سند آزمایشی'), organization, ...data },
      as,
    )
    if (status !== 201) throw new Error(`creating ${collection} answered ${status}: ${JSON.stringify(body)}`)
    return body.doc
  }

  async function transition(collection: Editorial, id: number, to: string, as: Headers, extra: Record<string, unknown> = {}) {
    return http.send<{ error?: string; doc?: Doc }>('POST', `/api/${collection}/${id}/transition`, { to, ...extra }, as)
  }

  async function published(collection: Editorial, organization: number, admin: Headers, data: Record<string, unknown> = {}): Promise<Doc> {
    const doc = await draft(collection, organization, admin, data)
    const { status, body } = await transition(collection, doc.id, 'published', admin)
    if (status !== 200) throw new Error(`publishing ${collection} ${doc.id} answered ${status}: ${JSON.stringify(body)}`)
    return (await http.json<Doc>(`/api/${collection}/${doc.id}?depth=0`, { headers: admin })).body
  }

  async function media(organization: number, as: Headers): Promise<number> {
    // JPEG like the seed's photos: headers.test.ts checks the type of the newest Tehran image.
    const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#aa6633' } })
      .jpeg()
      .toBuffer()
    const form = new FormData()
    const name = label('image').replace(/\W+/g, '-')
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), `${name}.jpg`)
    form.append('_payload', JSON.stringify({ alt: name, organization }))
    const { status, body } = await http.json<{ doc: { id: number } }>('/api/media', { method: 'POST', headers: as, body: form })
    if (status !== 201) throw new Error(`media upload answered ${status}`)
    return body.doc.id
  }

  async function attachment(organization: number, as: Headers): Promise<number> {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }), `${label('pdf').replace(/\W+/g, '-')}.pdf`)
    form.append('_payload', JSON.stringify({ title: label('پیوست'), organization }))
    const { status, body } = await http.json<{ doc: { id: number } }>('/api/attachments', { method: 'POST', headers: as, body: form })
    if (status !== 201) throw new Error(`attachment upload answered ${status}`)
    return body.doc.id
  }

  /** What anonymous readers get for a document: its title, or null when it is not public. */
  async function publicTitle(collection: string, id: number): Promise<string | null> {
    const { status, body } = await http.json<Doc>(`/api/${collection}/${id}?depth=0`)
    return status === 200 ? body.title : null
  }

  return { draft, transition, published, media, attachment, publicTitle }
}
