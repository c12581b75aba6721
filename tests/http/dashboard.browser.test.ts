import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { HANG_MS, keepScreenshot, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'

/**
 * A supervisor opens the admin's landing page and finds the dashboard's charts by their
 * accessible names (an SVG with role="img" named by its <title>), each with its numbers as a
 * table, in Persian and right to left, with only their province's organizations in the legend.
 */
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the dashboard in a real browser', () => {
  it("shows Tehran's supervisor the charts of their province, found by their titles", async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.goto(`${baseURL()}/admin/login`)
    await page.fill('input[name="email"]', 'supervisor.tehran@demo.newsroom')
    await page.fill('input[name="password"]', inject('seedPassword'))
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: HANG_MS })
    await page.goto(`${baseURL()}/admin`)

    const daily = page.getByRole('img', { name: 'انتشار روزانه در ۳۰ روز گذشته' })
    await daily.waitFor({ timeout: HANG_MS })
    expect(await daily.getAttribute('aria-describedby')).toBeTruthy()
    const campaigns = page.getByRole('img', { name: 'پیشرفت پویش‌های جاری' })
    expect(await campaigns.count()).toBe(1)
    expect(await page.locator('[data-dashboard-role]').getAttribute('data-dashboard-role')).toBe('supervisor')
    // The review queue and time to publication as figures, in Persian digits.
    expect(await page.locator('[data-stat="review-count"]').innerText()).toMatch(/[۰-۹]/)
    // The legend names Tehran and its offices, never another province.
    const legend = await page.locator('[data-panel="published-per-day"] figcaption').innerText()
    expect(legend).toContain('تهران')
    expect(legend).not.toMatch(/اصفهان|فارس/)
    // The numbers are there as a table too, with Jalali days.
    const panel = page.locator('[data-panel="published-per-day"]')
    await panel.locator('summary').click()
    expect(await panel.locator('table tbody tr').count()).toBe(30)
    expect(await panel.locator('table tbody tr th').first().innerText()).toMatch(
      /^[۰-۹]+ (فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)$/,
    )
    await keepScreenshot(page, 'dashboard-supervisor')
    expect(errors).toEqual([])
    await context.close()
  })
})
