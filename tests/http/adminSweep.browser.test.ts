import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { logInToAdmin, screensOf, SweepWatch, type ExpectedRefusal } from '../helpers/adminSweep'
import { launchBrowser } from '../helpers/browser'
import { baseURL, json, login } from '../helpers/http'
import { minimalPdf } from '../helpers/images'

/**
 * Every admin screen each role can reach, opened in a real browser as that person would: the
 * dashboard, the account page, and for every collection in the role's navigation its list, the
 * create view, an existing document (of the user's own organization where the collection has
 * one) and its versions, and every global in the role's navigation. A screen fails on any 4xx/5xx answer to a request the admin made itself,
 * an uncaught page error, an "Untitled" label where another document's title belongs, or a page
 * that does not settle. A screen with problems is kept as tests/artifacts/sweep-<role>-<screen>.png.
 */
const ROLES = ['admin@demo.newsroom', 'supervisor.tehran@demo.newsroom', 'editor.tehran@demo.newsroom', 'editor.shemiranat@demo.newsroom']

/**
 * Refusals a role is meant to get while using the admin, by role. None today: the admin asks only
 * for what the user may see (an entry here must say why the admin makes the request at all).
 */
const EXPECTED_REFUSALS: Record<string, ExpectedRefusal[]> = {}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  await documentsForEveryScreen()
})
afterAll(async () => {
  await browser?.close()
})

/**
 * The seed has no comment, PDF or webhook; without one their edit views would go unvisited.
 * Made as the people who would make them: the Tehran editor and the admin comment on the same
 * item, the editor uploads, the admin registers a webhook (for a province and an event no other test produces, so it never fires).
 */
async function documentsForEveryScreen(): Promise<void> {
  const editor = await login('editor.tehran@demo.newsroom')
  const admin = await login('admin@demo.newsroom')
  const me = await json<{ user: { organization: number } }>('/api/users/me?depth=0', { headers: editor })
  const items = await json<{ docs: Array<{ id: number }> }>(
    `/api/news-items?depth=0&limit=1&where[organization][equals]=${me.body.user.organization}`,
    { headers: editor },
  )
  const document = { relationTo: 'news-items', value: items.body.docs[0]!.id }
  const comment = await json('/api/comments', {
    method: 'POST',
    headers: { ...editor, 'Content-Type': 'application/json' },
    body: JSON.stringify({ document, body: 'منبع عکس را در زیرنویس بیاورید.' }),
  })
  expect(comment.status, JSON.stringify(comment.body)).toBe(201)
  // A colleague's comment too: editors cannot read the admin's account, yet must see who wrote it.
  const adminComment = await json('/api/comments', {
    method: 'POST',
    headers: { ...admin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ document, body: 'عکس را با نسخه باکیفیت‌تر جایگزین کنید.' }),
  })
  expect(adminComment.status, JSON.stringify(adminComment.body)).toBe(201)

  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }), 'bayanie.pdf')
  form.append('_payload', JSON.stringify({ title: 'متن کامل بیانیه' }))
  const pdf = await json('/api/attachments', { method: 'POST', headers: editor, body: form })
  expect(pdf.status, JSON.stringify(pdf.body)).toBe(201)

  const provinces = await json<{ docs: Array<{ id: number }> }>('/api/organizations?depth=0&limit=1&where[slug][equals]=yazd', {
    headers: admin,
  })
  const webhook = await json('/api/webhooks', {
    method: 'POST',
    headers: { ...admin, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'درگاه یزد',
      url: 'https://93.184.215.14/newsroom',
      events: ['unpublished'],
      province: provinces.body.docs[0]!.id,
      secret: 'a-long-enough-shared-secret',
      active: false,
    }),
  })
  expect(webhook.status, JSON.stringify(webhook.body)).toBe(201)
}

// The roles run side by side (each its own page): one after another they take minutes.
describe.concurrent('every admin screen, for every role, in a real browser', () => {
  it.each(ROLES)(
    '%s: every screen loads cleanly',
    async (email) => {
      const page = await logInToAdmin(browser, baseURL(), email, inject('seedPassword'))
      const label = email.split('@')[0]!
      const screens = await screensOf(page, baseURL())
      // The sweep must reach the screens people work in, or it proves nothing.
      for (const name of [
        'dashboard',
        'account',
        'news-items-list',
        'news-items-create',
        'news-items-edit',
        'news-items-versions',
        'media-edit',
        'campaigns-edit',
        // The FOI desk: its requests (the seed gives every role one in scope) and the holiday calendar.
        'foi-requests-list',
        'foi-requests-edit',
        'foi-calendar-global',
      ]) {
        expect(
          screens.map((screen) => screen.name),
          `${label} reaches ${name}`,
        ).toContain(name)
      }
      const watch = new SweepWatch(page, baseURL(), EXPECTED_REFUSALS[email])
      const failed = []
      for (const screen of screens) {
        const report = await watch.visit(screen, label)
        if (report.problems.length > 0) failed.push(report)
      }
      await page.close()
      expect(failed, `screens with problems for ${label}`).toEqual([])
    },
    600_000,
  )
})
