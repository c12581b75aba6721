import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { HANG_MS, keepScreenshot, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'

/**
 * The FOI desk as people use it (the "Done when"): a citizen files on the portal with
 * JavaScript off and gets a tracking code; the Tehran supervisor opens the request in the Persian
 * admin, assigns it and answers it with the desk's buttons, the answer typed into the rich-text
 * field; the citizen reads the answer by code on the portal's status page. Any 4xx/5xx answer to a
 * request the admin makes itself, or a page error, fails the test.
 */
let browser: Browser
const run = Date.now().toString(36)
const SUBJECT = `اتوبوس‌های برقی ${run}`
const ANSWER = `در ناوگان استان ۱۲۰ اتوبوس برقی فعال است (${run}).`
const STAFF = 'دبیر خبر تهران'

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Problems of the admin page: failed answers from our own origin, uncaught errors. */
function watch(page: Page): string[] {
  const problems: string[] = []
  const origin = new URL(baseURL()).origin
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url().startsWith(origin)) {
      problems.push(`${response.status()} ${response.request().method()} ${response.url().slice(origin.length)}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  return problems
}

/** Clicks a move, fills what it asks for, confirms, and waits for the endpoint's 200. */
async function move(page: Page, to: string, fill: (page: Page) => Promise<void> = async () => {}): Promise<void> {
  const button = page.locator(`#foi-move-${to}`)
  await expect.poll(() => button.isEnabled(), { timeout: HANG_MS }).toBe(true)
  await button.click()
  await fill(page)
  const answered = page.waitForResponse((response) => response.url().endsWith('/transition') && response.request().method() === 'POST', {
    timeout: HANG_MS,
  })
  await page.locator('#foi-confirm').click()
  expect((await answered).status()).toBe(200)
}

describe('the FOI desk in a real browser', () => {
  it('a citizen files without JavaScript, the supervisor answers in the Persian admin, the citizen reads the answer by code', async () => {
    const citizen = await browser.newContext({ javaScriptEnabled: false })
    const portal = await citizen.newPage()
    await portal.goto(`${baseURL()}/portal/tehran/foi`)
    // Below the forms, the province's public log: the seed's answer whose requester consented.
    const log = portal.getByRole('region', { name: 'پاسخ‌های منتشرشده' })
    await expect(log.getByRole('heading', { name: 'پروانه‌های ساختمانی صادرشده در ۱۴۰۳' }).count()).resolves.toBe(1)
    await portal.selectOption('#foi-organization', 'tehran')
    await portal.fill('#foi-name', 'پریسا امینی')
    await portal.fill('#foi-email', 'parisa.amini@example.org')
    await portal.fill('#foi-subject', SUBJECT)
    await portal.fill('#foi-question', 'چند اتوبوس برقی در ناوگان استان فعال است؟')
    await portal.click('button[type="submit"]')
    await portal.waitForURL(/\/portal\/tehran\/foi\/status\?/)
    const code = await portal.locator('[role="status"] strong').innerText()
    expect(code).toMatch(/^FOI-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)

    const admin = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' })
    const problems = watch(admin)
    await admin.goto(`${baseURL()}/admin/login`)
    expect(await admin.getAttribute('html', 'dir')).toMatch(/rtl/i)
    await admin.fill('input[name="email"]', 'supervisor.tehran@demo.newsroom')
    await admin.fill('input[name="password"]', inject('seedPassword'))
    await admin.click('button[type="submit"]')
    await admin.waitForURL((url) => !url.pathname.includes('/login'), { timeout: HANG_MS })

    // The list shows the new request with its state and deadline; the supervisor opens it.
    await admin.goto(`${baseURL()}/admin/collections/foi-requests?search=${encodeURIComponent(code)}`)
    const row = admin.locator('tr', { has: admin.getByRole('link', { name: code }) })
    await expect(row.locator('[data-foi-status]').innerText({ timeout: HANG_MS })).resolves.toBe('ثبت‌شده')
    await expect(row.locator('[data-foi-overdue]').innerText()).resolves.toBe('در مهلت')
    await admin.getByRole('link', { name: code }).click()
    // The address is enough: the page's own content is awaited next. Waiting for its load event as
    // well once took over 30 s on a loaded machine.
    await admin.waitForURL(/\/admin\/collections\/foi-requests\/\d+/, { waitUntil: 'commit' })
    // The deadline in the Jalali calendar with Persian digits.
    await expect(admin.locator('[data-foi-date="dueAt"]').innerText()).resolves.toMatch(/[۰-۹]{4}/)

    await move(admin, 'assigned', async (page) => {
      await page.locator('#foi-assignee option', { hasText: STAFF }).waitFor({ state: 'attached', timeout: HANG_MS })
      await page.selectOption('#foi-assignee', { label: STAFF })
    })
    // The view refreshes into the new state: the answers are offered now.
    await admin.locator('#foi-move-answered').waitFor({ timeout: HANG_MS })
    await keepScreenshot(admin, 'foi-1-assigned', { fullPage: false })

    await admin.locator('.rich-text-lexical [contenteditable="true"]').first().click()
    await admin.keyboard.type(ANSWER)
    const saved = admin.waitForResponse(
      (response) => response.url().includes('/api/foi-requests/') && response.request().method() === 'PATCH',
      {
        timeout: HANG_MS,
      },
    )
    await admin.getByRole('button', { name: 'ذخیره' }).click()
    expect((await saved).ok()).toBe(true)
    await move(admin, 'answered')
    await admin.locator('#foi-move-closed').waitFor({ timeout: HANG_MS })
    await keepScreenshot(admin, 'foi-2-answered', { fullPage: false })
    expect(problems).toEqual([])

    await portal.goto(`${baseURL()}/portal/tehran/foi/status?code=${code}`)
    const status = portal.locator('.foi-status')
    await expect(status.innerText()).resolves.toContain('پاسخ داده شد')
    await expect(status.innerText()).resolves.toContain(ANSWER)
    await expect(status.innerText()).resolves.not.toContain('پریسا امینی')
    await keepScreenshot(portal, 'foi-3-portal-answer')
    await citizen.close()
  })
})
