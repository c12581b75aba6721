import { ensureChromium } from './chromium'

/** Global setup of the HTTP tests: a Chromium for the browser tests, before the server is built. */
export default function setup(): void {
  ensureChromium()
}
