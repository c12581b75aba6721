import { createLocalReq, type Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PEER_HEADER } from '@/config/peerAddress'
import { applyFoiTransition } from '@/foi/applyTransition'
import { foiOrganizations, portalFileHandler, portalReplyHandler, requestStatus } from '@/foi'
import { FoiFilingForm, FoiStatus } from '@/portal/components/FoiDesk'
import { FOI_WORDS } from '@/portal/i18n'
import { FoiStatusView } from '@/portal/views/FoiView'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let fx: Fixtures
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload('foi-portal')
  payload = ctx.payload
  fx = await seedFixtures(payload)
})
afterAll(() => stopTestPayload(ctx))

const PERSONAL = { name: 'نرگس یزدانی', email: 'narges.yazdani@example.ir', phone: '09127654321' }
const file = portalFileHandler(() => Promise.resolve(payload))

/** The form as a browser without JavaScript posts it. */
function post(fields: Record<string, string>) {
  return file(
    new Request('http://localhost/portal/tehran/foi/file', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', [PEER_HEADER]: '192.0.2.77' },
      body: new URLSearchParams(fields).toString(),
    }),
    { params: Promise.resolve({ province: 'tehran' }) },
  )
}

describe('the portal FOI desk, without JavaScript', () => {
  it('files from the form and sends the browser to the status page of the new code (303)', async () => {
    const response = await post({
      organization: 'shemiranat',
      ...PERSONAL,
      subject: 'آب شرب',
      question: 'نتایج آزمایش آب شرب شمیرانات در ۱۴۰۴',
      publishConsent: 'on',
      website: '',
    })
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location')!, 'http://localhost')
    expect(location.pathname).toBe('/portal/tehran/foi/status')
    expect(location.searchParams.get('filed')).toBe('1')
    const status = await requestStatus(payload, { code: location.searchParams.get('code')!, headers: new Headers() })
    expect(status).toMatchObject({ status: 'registered', organization: { slug: 'shemiranat' } })

    const html = renderToStaticMarkup(createElement(FoiStatus, { status: status!, filed: true, provinceSlug: 'tehran' }))
    expect(html).toContain(status!.trackingCode!)
    expect(html).toContain('ثبت‌شده')
    for (const value of Object.values(PERSONAL)) expect(html).not.toContain(value)
  })

  it('sends a refused filing back to the form with the problem and its field', async () => {
    const response = await post({ organization: 'tehran', name: '', email: PERSONAL.email, subject: 'x', question: 'y' })
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location')!, 'http://localhost')
    expect(location.pathname).toBe('/portal/tehran/foi')
    expect(location.searchParams.get('field')).toBe('name')
    expect(location.searchParams.get('error')).toContain('"name" is required')
  })

  it('renders a plain form: posted to the portal, every field labelled, the honeypot hidden, no script', async () => {
    const organizations = await foiOrganizations(payload, fx.org('tehran').id)
    expect(organizations[0]!.slug).toBe('tehran')
    expect(organizations.map((organization) => organization.slug)).toContain('shemiranat')
    const html = renderToStaticMarkup(createElement(FoiFilingForm, { provinceSlug: 'tehran', organizations, error: 'خطا', field: 'email' }))
    expect(html).toMatch(/<form (action="\/portal\/tehran\/foi\/file" method="post"|method="post" action="\/portal\/tehran\/foi\/file")>/)
    for (const name of ['organization', 'name', 'email', 'phone', 'subject', 'question', 'publishConsent', 'website']) {
      expect(html).toContain(`name="${name}"`)
    }
    expect(html).toMatch(/<input id="foi-email"[^>]*aria-invalid="true"/)
    expect(html).toContain('class="foi-website" aria-hidden="true"')
    expect(html).not.toContain('<script')
  })

  it("takes the citizen's clarification from the status page and sends them back to it (303)", async () => {
    const filed = new URL(
      (await post({ organization: 'tehran', ...PERSONAL, subject: 'بودجه', question: 'بودجه؟' })).headers.get('location')!,
      'http://localhost',
    )
    const code = filed.searchParams.get('code')!
    const found = await payload.find({ collection: 'foi-requests', where: { trackingCode: { equals: code } }, overrideAccess: true })
    const req = await createLocalReq({ user: { ...fx.user('editor.tehran'), collection: 'users' } as never }, payload)
    await applyFoiTransition(req, { id: found.docs[0]!.id, to: 'clarification_requested', comment: 'بودجه کدام سال؟' })

    const waiting = (await requestStatus(payload, { code, headers: new Headers() }))!
    const page = renderToStaticMarkup(createElement(FoiStatus, { status: waiting, filed: false, provinceSlug: 'tehran' }))
    expect(page).toContain('بودجه کدام سال؟')
    expect(page).toMatch(/<form[^>]*action="\/portal\/tehran\/foi\/reply"/)

    const reply = portalReplyHandler(() => Promise.resolve(payload))
    const response = await reply(
      new Request('http://localhost/portal/tehran/foi/reply', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ code, message: 'سال ۱۴۰۴' }).toString(),
      }),
      { params: Promise.resolve({ province: 'tehran' }) },
    )
    expect(response.status).toBe(303)
    expect(new URL(response.headers.get('location')!, 'http://localhost').searchParams.get('replied')).toBe('1')
    expect((await requestStatus(payload, { code, headers: new Headers() }))!.status).toBe('registered')
  })
})

describe('the portal FOI desk in English', () => {
  const fileEnglish = portalFileHandler(() => Promise.resolve(payload), 'en')
  const postEnglish = (fields: Record<string, string>) =>
    fileEnglish(
      new Request('http://localhost/portal/tehran/en/foi/file', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', [PEER_HEADER]: '192.0.2.78' },
        body: new URLSearchParams(fields).toString(),
      }),
      { params: Promise.resolve({ province: 'tehran' }) },
    )

  it('files from the English form and stays in English: status page, refusals, labels, organization names', async () => {
    const filed = await postEnglish({ organization: 'tehran', ...PERSONAL, subject: 'Buses', question: 'How many electric buses run?' })
    const location = new URL(filed.headers.get('location')!, 'http://localhost')
    expect(location.pathname).toBe('/portal/tehran/en/foi/status')
    const status = (await requestStatus(payload, { code: location.searchParams.get('code')!, headers: new Headers() }, 'en'))!
    expect(status.organization?.name).toBe(await englishName('tehran'))
    const html = renderToStaticMarkup(createElement(FoiStatus, { status, filed: true, provinceSlug: 'tehran', locale: 'en' }))
    expect(html).toContain('Your request has been registered')
    expect(html).toContain('Registered')
    expect(html).not.toContain('ثبت‌شده')
    for (const value of Object.values(PERSONAL)) expect(html).not.toContain(value)

    const refused = await postEnglish({ organization: 'tehran', name: '', email: PERSONAL.email, subject: 'x', question: 'y' })
    const back = new URL(refused.headers.get('location')!, 'http://localhost')
    expect(back.pathname).toBe('/portal/tehran/en/foi')
    const form = renderToStaticMarkup(
      createElement(FoiFilingForm, {
        provinceSlug: 'tehran',
        organizations: await foiOrganizations(payload, fx.org('tehran').id, 'en'),
        error: back.searchParams.get('error')!,
        field: back.searchParams.get('field')!,
        locale: 'en',
      }),
    )
    expect(form).toMatch(/action="\/portal\/tehran\/en\/foi\/file"/)
    // The desk's bilingual message, in the page's language only.
    expect(form).toContain('&quot;name&quot; is required')
    expect(form).not.toContain('را وارد کنید')
    expect(form).toContain(await englishName('shemiranat'))
  })

  it("tells an address that guessed too many codes so on the status page, in the page's language; the holder still sees the request", async () => {
    process.env.FOI_CODE_MISSES_PER_HOUR = '2'
    try {
      const filed = await post({ organization: 'tehran', ...PERSONAL, subject: 'حد حدس', question: 'پرسش آزمون حد حدس کد', website: '' })
      const code = new URL(filed.headers.get('location')!, 'http://localhost').searchParams.get('code')!
      const page = async (lookedUp: string, peer: string, locale: 'fa' | 'en' = 'fa') =>
        renderToStaticMarkup(
          await FoiStatusView({
            payload,
            provinceSlug: 'tehran',
            code: lookedUp,
            filed: false,
            requestHeaders: new Headers({ [PEER_HEADER]: peer }),
            locale,
          }),
        )
      const [guesser, holder] = ['192.0.2.201', '192.0.2.202']
      for (const miss of ['FOI-3333-3334', 'FOI-3333-3335']) expect(await page(miss, guesser)).toContain(FOI_WORDS.fa.notFound)
      // Refused in Persian and in English, the existing code too, with nothing of the request shown.
      const refused = await page(code, guesser)
      expect(refused).toContain(FOI_WORDS.fa.tooManyGuesses(60))
      expect(refused).not.toContain(FOI_WORDS.fa.notFound)
      expect(refused).not.toContain('ثبت‌شده')
      const english = await page(code, guesser, 'en')
      expect(english).toContain(FOI_WORDS.en.tooManyGuesses(60))
      expect(english).not.toContain(FOI_WORDS.fa.tooManyGuesses(60))
      // The holder's page shows the request.
      const own = await page(code, holder)
      expect(own).toContain('ثبت‌شده')
      expect(own).not.toContain(FOI_WORDS.fa.tooManyGuesses(60))
    } finally {
      delete process.env.FOI_CODE_MISSES_PER_HOUR
    }
  })

  it('the English reply form sends the citizen back to the English status page', async () => {
    const reply = portalReplyHandler(() => Promise.resolve(payload), 'en')
    const response = await reply(
      new Request('http://localhost/portal/tehran/en/foi/reply', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ code: 'FOI-AAAA-AAAA', message: 'x' }).toString(),
      }),
      { params: Promise.resolve({ province: 'tehran' }) },
    )
    const location = new URL(response.headers.get('location')!, 'http://localhost')
    expect(location.pathname).toBe('/portal/tehran/en/foi/status')
    expect(location.searchParams.get('error')).toContain('No request has this tracking code')
  })
})

async function englishName(slug: string): Promise<string> {
  const org = await payload.findByID({ collection: 'organizations', id: fx.org(slug).id, locale: 'en', depth: 0, overrideAccess: true })
  return org.name
}
