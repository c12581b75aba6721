import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { addDays, dayKeyOf, formatInstant, jalaliWallTime, zonedInstant } from '@/lib/dates'
import { toPersianDigits } from '@/lib/persian'
import { HANG_MS, keepScreenshot, launchBrowser } from '../helpers/browser'
import { baseURL, client, type Headers } from '../helpers/http'

/**
 * The issue's scheduling case in the Persian admin: a supervisor picks a Jalali day and a time in
 * the calendar; the stored publishAt is that wall time in Tehran as a UTC instant; the list shows
 * it in Jalali, and in the English admin in Gregorian. The browser runs in New York's zone, so
 * only Tehran's clock can have made the instant.
 */
const TEHRAN = 'Asia/Tehran'
const http = client()
let browser: Browser
let context: BrowserContext
let supervisor: Headers
let id: number
// Three days ahead on Tehran's calendar, at 09:30 Tehran time.
const day = addDays(dayKeyOf(new Date(), TEHRAN), 3)
const [year, month, date] = day.split('-').map(Number) as [number, number, number]
const expected = zonedInstant({ year, month, day: date, hour: 9, minute: 30 }, TEHRAN)

beforeAll(async () => {
  const editor = await http.login('editor.tehran@demo.newsroom')
  supervisor = await http.login('supervisor.tehran@demo.newsroom')
  const { body } = await http.json<{ docs: Array<{ id: number }> }>('/api/organizations?where[slug][equals]=tehran')
  const created = await http.send<{ doc: { id: number } }>(
    'POST',
    '/api/news-items?draft=true',
    { title: 'خبر زمان‌بندی‌شده با تقویم خورشیدی', organization: body.docs[0]!.id },
    editor,
  )
  id = created.body.doc.id
  expect((await http.send('POST', `/api/news-items/${id}/transition`, { to: 'in_review' }, editor)).status).toBe(200)
  expect((await http.send('POST', `/api/news-items/${id}/transition`, { to: 'approved' }, supervisor)).status).toBe(200)
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York', viewport: { width: 1400, height: 1000 } })
})
afterAll(async () => {
  await context?.close()
  await browser?.close()
})

async function logIn(page: Page, email: string) {
  await page.goto(`${baseURL()}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', inject('seedPassword'))
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: HANG_MS })
}

describe('scheduling in the Persian admin', () => {
  it('picks a Jalali day and a Tehran time, stores the UTC instant, and lists it in Jalali and, in English, Gregorian', async () => {
    const page = await context.newPage()
    await logIn(page, 'supervisor.tehran@demo.newsroom')
    await page.goto(`${baseURL()}/admin/collections/news-items/${id}`)
    expect(await page.getAttribute('html', 'dir')).toMatch(/rtl/i)
    // The edit view's "last modified" is Jalali too; Payload's Gregorian pair is hidden.
    const modified = page.locator('[data-document-date="updatedAt"] time')
    await expect.poll(() => modified.innerText(), { timeout: HANG_MS }).toMatch(/^[۰-۹]+ [آ-ی]+ ۱۴[۰-۹]{2}، ساعت [۰-۹]{2}:[۰-۹]{2}$/)
    expect(await page.locator('.doc-controls__value-wrap').first().isVisible()).toBe(false)
    const schedule = page.locator('#workflow-scheduled')
    await expect.poll(() => schedule.isEnabled(), { timeout: HANG_MS }).toBe(true)
    await schedule.click()

    // The calendar is Jalali: its days are named by Jalali dates in Persian digits.
    const jalali = jalaliWallTime(expected, TEHRAN)
    const pad = (value: number) => String(value).padStart(2, '0')
    const cell = page.locator(
      `[data-picker="workflow-publish-at"] [data-day="${toPersianDigits(`${jalali.year}-${pad(jalali.month)}-${pad(jalali.day)}`)}"] button`,
    )
    // The calendar loads when first opened.
    await page.locator('[data-picker="workflow-publish-at"] [data-day] button').first().waitFor({ timeout: HANG_MS })
    for (let step = 0; step < 2 && !(await cell.isVisible()); step++) await page.getByRole('button', { name: 'رفتن به ماه بعد' }).click()
    await cell.click()
    // A 24-hour time typed in Persian digits, whatever the browser's language.
    await page.fill('input[name="workflow-publish-at-time"]', '۰۹:۳۰')
    // The choice is read back in Jalali before it is sent.
    await expect.poll(() => page.locator('[data-publish-at]').innerText()).toBe(formatInstant(expected, { lang: 'fa', timeZone: TEHRAN }))
    await keepScreenshot(page, 'jalali-schedule-picker', { fullPage: false })
    const answered = page.waitForResponse((response) => response.url().endsWith('/transition') && response.status() === 200)
    await page.locator('#workflow-confirm').click()
    await answered

    const stored = await http.json<{ publishAt: string; workflowStatus: string }>(`/api/news-items/${id}?draft=true&depth=0`, {
      headers: supervisor,
    })
    expect(stored.body.workflowStatus).toBe('scheduled')
    expect(stored.body.publishAt).toBe(expected.toISOString())

    // The list, in Persian: Jalali with Persian digits, on Tehran's clock.
    // The list filtered to this document, with the schedule as a column.
    const list = `${baseURL()}/admin/collections/news-items?where[id][equals]=${id}&columns=${encodeURIComponent(JSON.stringify(['title', 'workflowStatus', 'publishAt']))}`
    await page.goto(list)
    const shown = page.locator(`.table time[datetime="${expected.toISOString()}"]`).first()
    await expect.poll(() => shown.innerText(), { timeout: HANG_MS }).toBe(formatInstant(expected, { lang: 'fa', timeZone: TEHRAN }))
    expect(await shown.innerText()).toMatch(/^[۰-۹]+ [آ-ی]+ ۱۴[۰-۹]{2}، ساعت ۰۹:۳۰$/)
    await keepScreenshot(page, 'jalali-schedule-list-fa', { fullPage: false })

    // The same list in English: Gregorian, still Tehran's 09:30.
    await context.addCookies([{ name: 'payload-lng', value: 'en', url: baseURL() }])
    await page.goto(list)
    await expect.poll(() => shown.innerText(), { timeout: HANG_MS }).toBe(formatInstant(expected, { lang: 'en', timeZone: TEHRAN }))
    expect(await shown.innerText()).toMatch(/^[A-Z][a-z]{2} \d{1,2}, 20\d\d, 09:30$/)
    await keepScreenshot(page, 'jalali-schedule-list-en', { fullPage: false })
    await context.addCookies([{ name: 'payload-lng', value: 'fa', url: baseURL() }])
    await page.close()
  })
})
