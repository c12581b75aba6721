import { spawnSync } from 'child_process'
import fs from 'fs'

/** Debian's Chromium, driven by playwright-core: browser downloads are not possible here. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

const HOW = 'apt-get install -y chromium (Debian), or set CHROMIUM_PATH to a Chromium binary'

const canInstall = () =>
  process.env.CHROMIUM_PATH === undefined &&
  process.getuid?.() === 0 &&
  spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0

/**
 * Makes sure the browser tests have a Chromium before anything else starts: installs Debian's
 * package when it is missing and this user may (root with apt-get), otherwise stops at once with
 * one line saying how. Part of `npm test`, so a fresh machine needs nothing installed by hand.
 */
export function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM)) return
  if (!canInstall()) throw new Error(`The browser tests need Chromium at ${CHROMIUM}: ${HOW}.`)
  console.info('[tests] Installing Debian’s chromium for the browser tests (once per machine)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env })
    if (result.status !== 0) throw new Error(`Installing Chromium failed (apt-get ${args[0]}): ${HOW}.`)
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but not at ${CHROMIUM}: ${HOW}.`)
}
