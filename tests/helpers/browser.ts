import fs from 'fs'
import path from 'path'
import { chromium, type Browser, type Page } from 'playwright-core'

import { chromiumPath } from './chromium'

export const ARTIFACTS_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../artifacts')

/**
 * How long one step of a browser test (a navigation, an element to appear, a poll) may take before
 * it counts as hung: a bound, not a measurement. A step takes a second or two on a quiet machine;
 * with both test processes and several browsers on two cores, admin pages have taken over 30 s.
 * Every context and page of launchBrowser's browser has it as its default; the tests name it
 * where they pass a timeout of their own.
 */
export const HANG_MS = 120_000

/**
 * Debian's headless Chromium (made sure of by tests/helpers/chromiumSetup.ts) driven by playwright-core.
 * The background-networking flags keep it from reaching for Google's hosts on a closed network.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  // `browser.newPage` makes its context through this method too.
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (options) => {
    const context = await newContext(options)
    context.setDefaultTimeout(HANG_MS)
    context.setDefaultNavigationTimeout(HANG_MS)
    return context
  }
  return browser
}

/**
 * Keeps a screenshot as a test artifact (tests/artifacts, git-ignored). `fullPage: false` for the
 * admin's edit views: Lexical parks its floating link editor 10,000 px off-screen, which in a
 * right-to-left page makes a full-page shot ten screens wide.
 */
export async function keepScreenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const file = path.join(ARTIFACTS_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage })
  return file
}
