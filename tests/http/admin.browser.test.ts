import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { HANG_MS, keepScreenshot, launchBrowser } from '../helpers/browser'
import { baseURL } from '../helpers/http'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the admin in a real browser', () => {
  it('is Persian and right-to-left; the admin logs in and sees the seeded content', async () => {
    // An English-language browser: the newsroom is still Persian first.
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${baseURL()}/admin/login`)
    expect(await page.getAttribute('html', 'dir')).toMatch(/rtl/i)
    expect(await page.getAttribute('html', 'lang')).toBe('fa')

    await page.fill('input[name="email"]', 'admin@demo.newsroom')
    await page.fill('input[name="password"]', inject('seedPassword'))
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: HANG_MS })

    // Other test files add items to this server: ask for a page large enough to hold them all.
    await page.goto(`${baseURL()}/admin/collections/news-items?limit=500`)
    await page.getByText('نشست شورای اطلاع‌رسانی استان تهران برگزار شد').first().waitFor({ timeout: HANG_MS })
    // The admin sees drafts too: the seeded draft is listed for them.
    await page.getByText('پیش‌نویس: گزارش عملکرد ستاد مدیریت بحران در بارش‌های اخیر').first().waitFor()
    await keepScreenshot(page, 'admin-news-items')
    await context.close()
  })
})
