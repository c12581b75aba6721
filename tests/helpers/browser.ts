import fs from 'fs'
import path from 'path'
import { chromium, type Browser, type Page } from 'playwright-core'

import { chromiumPath } from './chromium'

export const ARTIFACTS_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../artifacts')

/**
 * Debian's headless Chromium (made sure of by tests/helpers/chromiumSetup.ts) driven by playwright-core.
 * The background-networking flags keep it from reaching for Google's hosts on a closed network.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
