import type { Browser, Page, Request, Response } from 'playwright-core'

import { HANG_MS, keepScreenshot } from './browser'

/**
 * Opens every admin screen a role can reach, as that person would, and reports what went wrong
 * on each: API answers of 4xx/5xx to requests the admin itself made (minus the refusals the role
 * is meant to get), uncaught page errors, "Untitled" labels where a title belongs, and pages
 * that never settle. A screen with a problem is kept as a screenshot in tests/artifacts/ (one of
 * every screen took a third of the sweep's browser time).
 */
export type Screen = { name: string; path: string }
export type ScreenReport = { screen: string; problems: string[] }

/** A refusal the role should get: the method and a pattern of the path. */
export type ExpectedRefusal = { method: string; path: RegExp; status: number }

const UNTITLED = /بدون عنوان|\buntitled\b/i
/** Where a title of another document is shown: relationship and upload fields, list cells, drawers. */
const TITLE_PLACES = ['.field-type.relationship', '.field-type.upload', '.table td', '.relationship-cell', '.file-details']
/**
 * A screen normally settles in a second or two; on a busy two-core machine (the other test
 * process, four roles' browsers) one request has taken over 30 s and then answered. A screen
 * still busy after SETTLE_MS is waited for up to HANG_MS (./browser.ts): a request that
 * answers by then is slow, reported on the console, and a request that does not is a problem of
 * the screen.
 */
const SETTLE_MS = 30_000

export async function logInToAdmin(browser: Browser, baseURL: string, email: string, password: string): Promise<Page> {
  // A common office laptop's screen; every pixel is rasterized in software on each change.
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'en-US' })
  await page.goto(`${baseURL}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: HANG_MS })
  return page
}

/**
 * The screens of one role: dashboard, account, per collection in its nav the list, a document, its
 * versions and the create view, and each global in its nav.
 */
export async function screensOf(page: Page, baseURL: string): Promise<Screen[]> {
  await page.goto(`${baseURL}/admin`)
  await page.waitForLoadState('networkidle', { timeout: HANG_MS })
  // Paths only: a link may carry a filter (the unread-notifications link on the dashboard).
  const hrefs = await page.$$eval('a[href^="/admin/collections/"]', (links) => [
    ...new Set(links.map((link) => link.getAttribute('href')!.split('?')[0]!)),
  ])
  const collections = [...new Set(hrefs.map((href) => href.split('/')[3]!))]
  const globals = await page.$$eval('a[href^="/admin/globals/"]', (links) => [
    ...new Set(links.map((link) => link.getAttribute('href')!.split('?')[0]!.split('/')[3]!)),
  ])
  const creatable = new Set(hrefs.filter((href) => href.endsWith('/create')).map((href) => href.split('/')[3]!))

  const screens: Screen[] = [
    { name: 'dashboard', path: '/admin' },
    { name: 'account', path: '/admin/account' },
  ]
  const organization = await organizationOf(page)
  for (const slug of collections) {
    screens.push({ name: `${slug}-list`, path: `/admin/collections/${slug}` })
    if (creatable.has(slug)) screens.push({ name: `${slug}-create`, path: `/admin/collections/${slug}/create` })
    const id = await firstReadableId(page, slug, organization)
    if (id === null) continue
    screens.push({ name: `${slug}-edit`, path: `/admin/collections/${slug}/${id}` })
    if (await hasVersions(page, slug)) screens.push({ name: `${slug}-versions`, path: `/admin/collections/${slug}/${id}/versions` })
  }
  for (const slug of globals) screens.push({ name: `${slug}-global`, path: `/admin/globals/${slug}` })
  return screens
}

/**
 * A GET of the REST API from inside the admin page, as the admin's own code makes it (same
 * origin, the session cookie, which is `Secure` and so not sent by Playwright's own HTTP client).
 */
async function getFromPage<T>(page: Page, path: string): Promise<{ ok: boolean; body: T | null }> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'include' })
    return { ok: response.ok, body: response.ok ? await response.json() : null }
  }, path)
}

/**
 * The newest document of the user's own organization when the collection has one (the document
 * they work on), else the newest they may read.
 */
async function firstReadableId(page: Page, slug: string, organization: string | null): Promise<string | null> {
  const newest = async (where: string) => {
    const { body } = await getFromPage<{ docs?: Array<{ id: string | number }> }>(
      page,
      `/api/${slug}?limit=1&depth=0&sort=-createdAt&draft=true&select[id]=true${where}`,
    )
    return body?.docs?.[0] ? String(body.docs[0].id) : null
  }
  return (organization && (await newest(`&where[organization][equals]=${organization}`))) || newest('')
}

async function organizationOf(page: Page): Promise<string | null> {
  const { body } = await getFromPage<{ user?: { organization?: string | number | null } }>(page, '/api/users/me?depth=0')
  return body?.user?.organization ? String(body.user.organization) : null
}

async function hasVersions(page: Page, slug: string): Promise<boolean> {
  return (await getFromPage(page, `/api/${slug}/versions?limit=1&depth=0`)).ok
}

function isExpected(response: Response, expected: ExpectedRefusal[]): boolean {
  const { pathname } = new URL(response.url())
  return expected.some(
    (refusal) => refusal.status === response.status() && refusal.method === response.request().method() && refusal.path.test(pathname),
  )
}

/** The kind of view a screen is (`news-items-edit` → `edit`): the first of each kind is opened by a full load. */
function kindOf(screen: Screen): string {
  return screen.name.slice(screen.name.lastIndexOf('-') + 1)
}

/**
 * Watches one page for the life of a sweep: requests in flight (to tell when a screen has
 * settled), and the problems of the screen being visited.
 */
export class SweepWatch {
  /** Requests in flight, with when each started. */
  private readonly inFlight = new Map<Request, number>()
  /** How long each finished request took, for the report of a slow screen. */
  private readonly durations = new WeakMap<Request, number>()
  private problems: string[] = []
  private readonly seenKinds = new Set<string>()
  /** The path of the screen being left, while the next one loads. */
  private leavingPath: string | null = null

  constructor(
    private readonly page: Page,
    private readonly baseURL: string,
    private readonly expected: ExpectedRefusal[] = [],
  ) {
    const origin = new URL(baseURL).origin
    page.on('request', (request) => {
      // A view being left calls its server functions (Next posts them to the page's own path): an
      // unlock on leaving, a form-state request it then ignores. Whether they answer is checked
      // below with every other answer; they are the old screen's, so the new one does not wait on them.
      if (request.method() === 'POST' && new URL(request.url()).pathname === this.leavingPath) return
      this.inFlight.set(request, Date.now())
    })
    const ended = (request: Request) => {
      const started = this.inFlight.get(request)
      if (started !== undefined) this.durations.set(request, Date.now() - started)
      this.inFlight.delete(request)
    }
    page.on('requestfinished', ended)
    page.on('requestfailed', ended)
    page.on('response', (response) => {
      if (response.status() < 400 || !response.url().startsWith(origin) || isExpected(response, this.expected)) return
      const request = response.request()
      this.problems.push(
        `${response.status()} ${request.method()} ${response.url().slice(origin.length)} (${request.headers()['content-type'] ?? 'no body'})`,
      )
    })
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`))
    // React reports what it recovered from (a hydration mismatch, an error boundary) on the console.
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console error: ${message.text().slice(0, 300)} (${message.location().url})`)
    })
  }

  /** Settled: nothing in flight for half a second (Playwright's networkidle waits a full load first). */
  private async settled(screen: Screen): Promise<boolean> {
    if (await this.quietWithin(SETTLE_MS)) return true
    const waiting = [...this.inFlight.keys()]
    if (await this.quietWithin(HANG_MS - SETTLE_MS)) {
      const slow = waiting.map(
        (request) => `${request.method()} ${request.url()} (${Math.round((this.durations.get(request) ?? 0) / 1000)} s)`,
      )
      console.warn(`[sweep] ${screen.path} settled only after ${SETTLE_MS / 1000} s: ${slow.join(', ')}`)
      return true
    }
    const hung = [...this.inFlight.entries()].map(
      ([request, since]) => `${request.method()} ${request.url()} (${Math.round((Date.now() - since) / 1000)} s)`,
    )
    this.problems.push(`still loading: ${hung.join(', ')}`)
    return false
  }

  private async quietWithin(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms
    let quietSince = Date.now()
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      if (this.inFlight.size > 0) quietSince = Date.now()
      else if (Date.now() - quietSince >= 500) return true
    }
    return false
  }

  /**
   * Opens one screen and lists its problems; `label` names the screenshot of a screen that has
   * any. The first screen of each kind (list, create, edit, versions…) is a full page load, as
   * from a bookmark, so the server renders the whole page; the others are reached as people reach
   * them, through the admin's client-side router (a click on a link), which renders only the new view.
   */
  async visit(screen: Screen, label: string): Promise<ScreenReport> {
    this.problems = []
    // Requests of the screen being left may end without an event (a full load drops the old
    // document's requests silently); only this screen's requests decide when it has settled.
    this.inFlight.clear()
    const leaving = new URL(this.page.url()).pathname
    this.leavingPath = leaving === screen.path ? null : leaving
    const kind = kindOf(screen)
    if (this.seenKinds.has(kind)) {
      await this.page.evaluate(
        (path) => (window as unknown as { next: { router: { push: (to: string) => void } } }).next.router.push(path),
        screen.path,
      )
      await this.page
        .waitForURL((url) => url.pathname === screen.path, { timeout: HANG_MS })
        .catch(() => {
          this.problems.push(`did not reach ${screen.path}`)
        })
    } else {
      this.seenKinds.add(kind)
      await this.page.goto(`${this.baseURL}${screen.path}`)
    }
    if (!(await this.settled(screen))) this.problems.push(`did not settle within ${HANG_MS / 1000} s`)
    for (const place of TITLE_PLACES) {
      for (const text of await this.page.locator(place).allInnerTexts()) {
        if (UNTITLED.test(text)) this.problems.push(`"Untitled" in ${place}: ${text.replace(/\s+/g, ' ').slice(0, 80)}`)
      }
    }
    if (this.problems.length > 0) await keepScreenshot(this.page, `sweep-${label}-${screen.name}`, { fullPage: false })
    return { screen: `${screen.name} (${screen.path})`, problems: this.problems }
  }
}
