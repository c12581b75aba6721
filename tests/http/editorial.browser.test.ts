import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { HANG_MS, keepScreenshot, launchBrowser } from '../helpers/browser'
import { api, baseURL, client } from '../helpers/http'

/**
 * The editorial flow as people do it, in the Persian admin: an editor writes a news item with an
 * uploaded image picked from the library, categories and a campaign picked from their dropdowns,
 * and submits it; the supervisor finds it in the review queue and requests
 * changes; the editor revises and resubmits; the supervisor publishes; the portal shows it; an
 * editor of another province cannot open it for editing.
 */
let browser: Browser
const TITLE = `خبر گردش کار در مرورگر ${Date.now().toString(36)}`

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function logIn(email: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' })
  await page.goto(`${baseURL()}/admin/login`)
  expect(await page.getAttribute('html', 'dir')).toMatch(/rtl/i)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', inject('seedPassword'))
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: HANG_MS })
  return page
}

/** Picks an option of a relationship field's dropdown by typing part of its title, as people do. */
async function pick(page: Page, field: string, search: string, option: string): Promise<void> {
  const input = page.locator(`#field-${field} input`).first()
  await input.click()
  await input.fill(search)
  await page.locator(`#field-${field} .rs__option`).filter({ hasText: option }).first().click({ timeout: HANG_MS })
}

async function transition(page: Page, to: string, comment?: string): Promise<void> {
  // Listen before clicking: a fast answer could otherwise arrive before anyone waits for it.
  const answered = page.waitForResponse((response) => response.url().endsWith('/transition') && response.status() === 200, {
    timeout: HANG_MS,
  })
  const button = page.locator(`#workflow-${to}`)
  await expect.poll(() => button.isEnabled(), { timeout: HANG_MS }).toBe(true)
  await button.click()
  if (comment !== undefined) {
    await page.fill('textarea[name="workflow-comment"]', comment)
    await page.locator('#workflow-confirm').click()
  }
  await answered
}

describe('the editorial flow in a real browser', () => {
  it('goes from an editor’s draft through review to the portal, within scope', async () => {
    const editor = await logIn('editor.tehran@demo.newsroom')
    const image = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2266aa' } })
      .jpeg()
      .toBuffer()
    await editor.goto(`${baseURL()}/admin/collections/media/create`)
    await editor.setInputFiles('input[type="file"]', { name: 'editorial-flow.jpg', mimeType: 'image/jpeg', buffer: image })
    await editor.fill('#field-alt', 'تصویر خبر گردش کار')
    await editor.getByRole('button', { name: 'ذخیره' }).click()
    await editor.waitForURL(/\/admin\/collections\/media\/\d+/, { timeout: HANG_MS })

    await editor.goto(`${baseURL()}/admin/collections/news-items/create`)
    await editor.fill('#field-title', TITLE)
    await editor.fill('#field-summary', 'نخستین نسخه خلاصه')
    await editor.getByRole('button', { name: 'انتخاب از موارد موجود' }).first().click()
    await editor.locator('.drawer, [class*="drawer"]').getByText('تصویر خبر گردش کار').first().click()
    // The picked image shows as itself (its file name and thumbnail), not as an untitled id.
    await editor.locator('#field-heroImage img').first().waitFor({ timeout: HANG_MS })
    await pick(editor, 'categories', 'فرهنگ', 'فرهنگی')
    await pick(editor, 'categories', 'سلامت', 'سلامت')
    await pick(editor, 'campaign', 'شفافیت', 'پویش ملی شفافیت و پاسخ‌گویی')
    for (const label of ['فرهنگی', 'سلامت']) await editor.locator('#field-categories').getByText(label).first().waitFor()
    await editor.locator('#field-campaign').getByText('پویش ملی شفافیت و پاسخ‌گویی').first().waitFor()
    await editor.getByRole('button', { name: 'ذخیره پیش‌نویس' }).click()
    await editor.waitForURL(/\/admin\/collections\/news-items\/\d+/, { timeout: HANG_MS })
    const id = editor.url().match(/news-items\/(\d+)/)![1]!
    // Editors see no Publish button, only "submit for review".
    await expect(editor.locator('#workflow-published').count()).resolves.toBe(0)
    await transition(editor, 'in_review')
    await keepScreenshot(editor, 'editorial-1-submitted')

    const supervisor = await logIn('supervisor.tehran@demo.newsroom')
    await supervisor.goto(`${baseURL()}/admin`)
    await supervisor.locator('.review-queue').getByRole('link', { name: TITLE }).click({ timeout: HANG_MS })
    await supervisor.waitForURL(new RegExp(`news-items/${id}`))
    await transition(supervisor, 'changes_requested', 'لطفاً منبع خبر را در خلاصه بیاورید.')
    await keepScreenshot(supervisor, 'editorial-2-changes-requested')

    await editor.goto(`${baseURL()}/admin/collections/news-items/${id}`)
    // An existing draft is saved by autosave: wait for it rather than for a button.
    const autosaved = editor.waitForResponse(
      (response) => response.url().includes(`/api/news-items/${id}`) && response.request().method() === 'PATCH' && response.ok(),
      { timeout: HANG_MS },
    )
    await editor.fill('#field-summary', 'نسخه اصلاح‌شده خلاصه به نقل از روابط عمومی استانداری')
    await autosaved
    await editor.reload()
    await transition(editor, 'in_review')

    await supervisor.goto(`${baseURL()}/admin/collections/news-items/${id}`)
    await transition(supervisor, 'published')
    await keepScreenshot(supervisor, 'editorial-3-published')

    const portal = await browser.newPage()
    await portal.goto(`${baseURL()}/portal/tehran`)
    await portal.getByRole('link', { name: TITLE }).first().click()
    // The article carries what the editor picked: the image, both categories and the campaign.
    const taxonomy = portal.locator('.taxonomy')
    await taxonomy.getByText('فرهنگی').waitFor()
    await taxonomy.getByText('سلامت').waitFor()
    await taxonomy.getByRole('link', { name: 'پویش ملی شفافیت و پاسخ‌گویی' }).waitFor()
    await expect(portal.locator('article img').first().getAttribute('alt')).resolves.toBe('تصویر خبر گردش کار')
    await keepScreenshot(portal, 'editorial-4-portal')
    const live = (await (await api(`/api/delivery/v1/tehran/news?q=${encodeURIComponent('گردش کار در مرورگر')}`)).json()) as {
      docs: Array<{ title: string; summary: string }>
    }
    expect(live.docs.find((doc) => doc.title === TITLE)?.summary).toBe('نسخه اصلاح‌شده خلاصه به نقل از روابط عمومی استانداری')

    const outsider = await logIn('editor.isfahan@demo.newsroom')
    await outsider.goto(`${baseURL()}/admin/collections/news-items/${id}`)
    await outsider.waitForTimeout(1500)
    await expect(
      outsider
        .locator('#field-title')
        .isEditable()
        .catch(() => false),
    ).resolves.toBe(false)
    await keepScreenshot(outsider, 'editorial-5-other-province')
  })

  it('drops an editor’s unreviewed change to a live item with “Revert to published”, and offers no unpublishing outside the workflow', async () => {
    const http = client()
    const [editorApi, supervisorApi] = [
      await http.login('editor.tehran@demo.newsroom'),
      await http.login('supervisor.tehran@demo.newsroom'),
    ]
    const tehran = (await http.json<{ docs: Array<{ id: number }> }>('/api/organizations?where[slug][equals]=tehran')).body.docs[0]!.id
    const title = `خبر زنده برای بازگشت ${Date.now().toString(36)}`
    const created = await http.send<{ doc: { id: number } }>(
      'POST',
      '/api/news-items?draft=true',
      { title, organization: tehran },
      editorApi,
    )
    const id = created.body.doc.id
    expect((await http.send('POST', `/api/news-items/${id}/transition`, { to: 'published' }, supervisorApi)).status).toBe(200)

    const editor = await logIn('editor.tehran@demo.newsroom')
    const failed: string[] = []
    editor.on('response', (response) => {
      if (response.status() >= 400 && response.url().startsWith(baseURL())) failed.push(`${response.status()} ${response.url()}`)
    })
    await editor.goto(`${baseURL()}/admin/collections/news-items/${id}`)
    const autosaved = editor.waitForResponse(
      (response) => response.url().includes(`/api/news-items/${id}`) && response.request().method() === 'PATCH' && response.ok(),
      { timeout: HANG_MS },
    )
    await editor.fill('#field-title', `${title} (ویرایش نسنجیده)`)
    await autosaved
    // The document menu has Payload's duplicate and delete, not its unpublish.
    await editor.locator('.doc-controls .popup-button').first().click()
    await editor.locator('#action-duplicate').waitFor({ timeout: HANG_MS })
    await expect(editor.locator('#action-unpublish').count()).resolves.toBe(0)
    await editor.keyboard.press('Escape')

    const reverted = editor.waitForResponse((response) => response.url().endsWith(`/api/news-items/${id}/revert-to-published`), {
      timeout: HANG_MS,
    })
    await editor.locator('#action-revert-to-published').click({ timeout: HANG_MS })
    await editor.locator('#confirm-action').click()
    expect((await reverted).status()).toBe(200)
    await expect.poll(() => editor.inputValue('#field-title'), { timeout: HANG_MS }).toBe(title)
    const latest = await http.json<{ title: string; _status: string }>(`/api/news-items/${id}?draft=true`, { headers: editorApi })
    expect(latest.body).toMatchObject({ title, _status: 'published' })
    expect(failed).toEqual([])
  })
})
