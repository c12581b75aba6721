import { spawnSync } from 'child_process'
import fs from 'fs'

/**
 * Debian's headless Chromium (package chromium-headless-shell), driven by playwright-core:
 * browser downloads are not possible here. The headless shell is Chromium without the desktop
 * browser around it, as Playwright runs headless by default; it renders the same pages with about
 * a third less CPU than the full `chromium` (measured on the admin sweep), which on two cores is
 * the suite's largest cost. A machine that has only the full browser uses that.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell'
const FULL_BROWSER = '/usr/bin/chromium'

/** The browser the tests launch: CHROMIUM_PATH, else the headless shell, else the full browser. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  return !fs.existsSync(HEADLESS_SHELL) && fs.existsSync(FULL_BROWSER) ? FULL_BROWSER : HEADLESS_SHELL
}

const HOW = 'apt-get install -y chromium-headless-shell (Debian), or set CHROMIUM_PATH to a Chromium binary'

const canInstall = () =>
  process.env.CHROMIUM_PATH === undefined &&
  process.getuid?.() === 0 &&
  spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0

/**
 * Makes sure the browser tests have a Chromium before anything else starts: installs Debian's
 * package when it is missing and this user may (root with apt-get), otherwise stops at once with
 * one line saying how (a machine with only the full browser, where nothing may be installed, uses
 * that). Part of `npm test`, so a fresh machine needs nothing installed by hand.
 */
export function ensureChromium(): void {
  if (fs.existsSync(process.env.CHROMIUM_PATH || HEADLESS_SHELL)) return
  if (!canInstall()) {
    if (fs.existsSync(chromiumPath())) return
    throw new Error(`The browser tests need Chromium at ${chromiumPath()}: ${HOW}.`)
  }
  console.info('[tests] Installing Debian’s chromium-headless-shell for the browser tests (once per machine)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium-headless-shell'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env })
    if (result.status !== 0) throw new Error(`Installing Chromium failed (apt-get ${args[0]}): ${HOW}.`)
  }
  if (!fs.existsSync(HEADLESS_SHELL)) throw new Error(`apt-get installed chromium-headless-shell, but not at ${HEADLESS_SHELL}: ${HOW}.`)
}
