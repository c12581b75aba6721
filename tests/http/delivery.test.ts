import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import { client, type Headers } from '../helpers/http'

/** The public delivery contract, /api/delivery/v1, against the seeded production server. */
const http = client()
const V1 = '/api/delivery/v1'

type Summary = {
  id: number
  type: string
  slug: string
  title: string
  summary: string | null
  publishedAt: string | null
  organization: { slug: string; name: string }
  url: string
  image: null | {
    alt: string
    width: number
    height: number
    url: string
    sizes: Record<string, { url: string; width: number; height: number } | null>
  }
  categories: Array<{ slug: string; title: string }>
  campaign: { slug: string; title: string } | null
}
type List = { docs: Summary[]; page: number; limit: number; totalDocs: number; totalPages: number }
type Detail = Summary & { html: string; gallery: unknown[]; attachments: unknown[]; jsonLd: Record<string, unknown> }

const LIVE = 'نشست-شورای-اطلاع-رسانی-استان-تهران'
const COUNTY = 'بازگشایی-مسیر-گردشگری-توچال'
const DRAFT = 'پیش-نویس-گزارش-عملکرد-ستاد-بحران'
const ISFAHAN = 'همایش-ملی-گردشگری-فرهنگی-اصفهان'
const enc = encodeURIComponent

let supervisor: Headers
let editor: Headers
let tehran: number

async function publishNews(data: Record<string, unknown>): Promise<{ id: number; slug: string }> {
  const created = await http.send<{ doc: { id: number; slug: string } }>(
    'POST',
    '/api/news-items?draft=true',
    { organization: tehran, ...data },
    editor,
  )
  expect(created.status).toBe(201)
  const published = await http.send('POST', `/api/news-items/${created.body.doc.id}/transition`, { to: 'published' }, supervisor)
  expect(published.status).toBe(200)
  return created.body.doc
}

beforeAll(async () => {
  supervisor = await http.login('supervisor.tehran@demo.newsroom')
  editor = await http.login('editor.tehran@demo.newsroom')
  const { body } = await http.json<{ docs: Array<{ id: number }> }>('/api/organizations?where[slug][equals]=tehran')
  tehran = body.docs[0]!.id
})

describe('GET /{province}/{type}', () => {
  it('lists published content of the province and its offices, in the documented shape', async () => {
    const { status, body } = await http.json<List>(`${V1}/tehran/news?limit=50`)
    expect(status).toBe(200)
    expect(Object.keys(body).sort()).toEqual(['docs', 'limit', 'page', 'totalDocs', 'totalPages'])
    const slugs = body.docs.map((doc) => doc.slug)
    expect(slugs).toContain(LIVE)
    expect(slugs).toContain(COUNTY)
    expect(slugs).not.toContain(DRAFT)
    expect(slugs).not.toContain(ISFAHAN)
    const live = body.docs.find((doc) => doc.slug === LIVE)!
    expect(Object.keys(live).sort()).toEqual([
      'campaign',
      'categories',
      'id',
      'image',
      'organization',
      'publishedAt',
      'slug',
      'summary',
      'title',
      'type',
      'url',
    ])
    expect(live.type).toBe('news')
    expect(live.organization).toEqual({ slug: 'tehran', name: 'تهران' })
    expect(live.url).toBe(`/portal/tehran/news/${enc(LIVE)}`)
    expect(live.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)
    expect(live.categories).toEqual([{ slug: 'civil-services', title: 'خدمات شهری' }])
    expect(live.campaign?.slug).toBe('پویش-ملی-شفافیت-و-پاسخگویی')
    expect(live.image).toMatchObject({ alt: 'ساختمان استانداری تهران', width: 1920, height: 1080 })
    expect(live.image!.sizes.og).toMatchObject({ width: 1200, height: 630 })
    expect(live.image!.sizes.thumbnail!.url).toMatch(/\.webp$/)
    expect((await http.api(live.image!.sizes.card!.url)).status).toBe(200)
    // Newest first.
    const dates = body.docs.map((doc) => doc.publishedAt!)
    expect([...dates].sort().reverse()).toEqual(dates)
  })

  it('pages with page and limit', async () => {
    const all = await http.json<List>(`${V1}/tehran/news?limit=50`)
    const second = await http.json<List>(`${V1}/tehran/news?limit=1&page=2`)
    expect(second.body).toMatchObject({ page: 2, limit: 1, totalDocs: all.body.totalDocs, totalPages: all.body.totalDocs })
    expect(second.body.docs[0]!.slug).toBe(all.body.docs[1]!.slug)
    const defaults = await http.json<List>(`${V1}/tehran/news`)
    expect(defaults.body).toMatchObject({ page: 1, limit: 20 })
  })

  it('lists press releases and the campaigns run in the province', async () => {
    const releases = await http.json<List>(`${V1}/tehran/press-releases`)
    expect(releases.body.docs.map((doc) => doc.slug)).toContain('اطلاعیه-تعطیلی-ادارات-استان-تهران')
    expect(releases.body.docs.every((doc) => doc.type === 'press-releases')).toBe(true)
    // A ministry campaign that targets Tehran, Isfahan and Fars is on each of their portals.
    for (const province of ['tehran', 'isfahan', 'fars']) {
      const campaigns = await http.json<List>(`${V1}/${province}/campaigns`)
      expect(
        campaigns.body.docs.map((doc) => doc.slug),
        province,
      ).toContain('پویش-ملی-شفافیت-و-پاسخگویی')
    }
    expect((await http.json<List>(`${V1}/gilan/campaigns`)).body.docs).toHaveLength(0)
  })

  it('filters by category, campaign and date', async () => {
    const byCategory = await http.json<List>(`${V1}/tehran/news?category=civil-services`)
    expect(byCategory.body.docs.length).toBeGreaterThan(0)
    expect(byCategory.body.docs.every((doc) => doc.categories.some((c) => c.slug === 'civil-services'))).toBe(true)
    const campaign = 'پویش-ملی-شفافیت-و-پاسخگویی'
    const byCampaign = await http.json<List>(`${V1}/tehran/news?campaign=${enc(campaign)}`)
    // Other files (the editorial browser test) may link the same campaign: every answer is in it.
    expect(byCampaign.body.docs.map((doc) => doc.slug)).toContain(LIVE)
    expect(byCampaign.body.docs.every((doc) => doc.campaign?.slug === campaign)).toBe(true)
    const all = await http.json<List>(`${V1}/tehran/news?limit=50`)
    expect(byCampaign.body.totalDocs).toBeLessThan(all.body.totalDocs)
    const future = await http.json<List>(`${V1}/tehran/news?from=2999-01-01`)
    expect(future.body.totalDocs).toBe(0)
    const past = await http.json<List>(`${V1}/tehran/news?to=2000-01-01T00:00:00Z`)
    expect(past.body.totalDocs).toBe(0)
  })

  it('searches titles and summaries Persian-aware: ی/ي, ک/ك, digits, diacritics and ZWNJ', async () => {
    for (const q of ['شوراي اطلاع‌رساني', 'شورای اطلاع رسانی', 'نَشست شورا\u200Cی', 'نوسازی ۱۲', 'نوسازي 12', 'ناوگان حمل']) {
      const { status, body } = await http.json<List>(`${V1}/tehran/news?q=${enc(q)}`)
      expect(status, q).toBe(200)
      expect(body.docs.length, q).toBeGreaterThan(0)
    }
    const miss = await http.json<List>(`${V1}/tehran/news?q=${enc('واژه‌ای که نیست')}`)
    expect(miss.body.totalDocs).toBe(0)
    const other = await http.json<List>(`${V1}/tehran/news?q=${enc('اصفهان')}`)
    expect(other.body.docs.map((doc) => doc.slug)).not.toContain(ISFAHAN)
  })

  it('answers 400 naming the parameter for bad input', async () => {
    const cases: Array<[string, RegExp]> = [
      ['limit=51', /limit/],
      ['limit=0', /limit/],
      ['page=0', /page/],
      ['page=abc', /page/],
      ['locale=de', /locale/],
      ['from=yesterday', /from/],
      ['to=2026-13-45', /to/],
      ['from=2026-02-01&to=2026-01-01', /from/],
      ['sort=title', /sort/],
      ['limit=5&limit=6', /limit/],
      ['category=%20', /category/],
      ['category=no-such-category', /category/],
      ['q=' + 'ا'.repeat(201), /q/],
      ['q=%21%21', /q/],
    ]
    for (const [query, message] of cases) {
      const { status, body } = await http.json<{ error: string }>(`${V1}/tehran/news?${query}`)
      expect(status, query).toBe(400)
      expect(body.error, query).toMatch(message)
    }
    const campaignsWithCategory = await http.json<{ error: string }>(`${V1}/tehran/campaigns?category=culture`)
    expect(campaignsWithCategory.status).toBe(400)
  })

  it('answers 404 with { error } for an unknown province or type', async () => {
    for (const path of [`${V1}/atlantis/news`, `${V1}/shemiranat/news`, `${V1}/tehran/videos`]) {
      const { status, body } = await http.json<{ error: string }>(path)
      expect(status, path).toBe(404)
      expect(typeof body.error).toBe('string')
    }
  })

  it('has no benchmark floor route unless the benchmark asks for one', async () => {
    expect((await http.api('/api/bench-floor')).status).toBe(404)
  })
})

describe('GET /{province}/{type}/{slug}', () => {
  it('returns the article with sanitized HTML, gallery, attachments and NewsArticle JSON-LD', async () => {
    const { status, body } = await http.json<Detail>(`${V1}/tehran/news/${enc(LIVE)}`)
    expect(status).toBe(200)
    expect(body.slug).toBe(LIVE)
    expect(body.html).toContain('<p')
    expect(body.html).toContain('شورای اطلاع‌رسانی')
    expect(Array.isArray(body.gallery)).toBe(true)
    expect(Array.isArray(body.attachments)).toBe(true)
    expect(body.jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: body.title,
      inLanguage: 'fa-IR',
    })
  })

  it('falls back to Persian for English where there is no translation', async () => {
    const translated = await http.json<Detail>(`${V1}/tehran/news/${enc(LIVE)}?locale=en`)
    expect(translated.body.title).toBe('Tehran Province Information Council meets')
    expect(translated.body.url).toBe(`/portal/tehran/en/news/${enc(LIVE)}`)
    const untranslated = await http.json<Detail>(`${V1}/tehran/news/${enc(COUNTY)}?locale=en`)
    expect(untranslated.body.title).toBe('مسیر گردشگری توچال پس از بازسازی بازگشایی شد')
  })

  it('answers 404 for a draft, another province’s item and an unknown slug; 400 for stray parameters', async () => {
    for (const path of [
      `${V1}/tehran/news/${enc(DRAFT)}`,
      `${V1}/tehran/news/${enc(ISFAHAN)}`,
      `${V1}/tehran/news/no-such-item`,
      `${V1}/tehran/press-releases/${enc(LIVE)}`,
    ]) {
      expect((await http.json(path)).status, path).toBe(404)
    }
    expect((await http.json(`${V1}/isfahan/news/${enc(ISFAHAN)}`)).status).toBe(200)
    expect((await http.json(`${V1}/tehran/news/${enc(LIVE)}?draft=true`)).status).toBe(400)
  })

  it('never lets script, event handlers, javascript: links or raw HTML through', async () => {
    const hostile = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'rtl',
        children: [
          {
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: 'rtl',
            textFormat: 0,
            textStyle: '',
            children: [
              {
                type: 'text',
                text: '<script>alert("xss")</script><img src=x onerror=alert(1)>',
                format: 0,
                detail: 0,
                mode: 'normal',
                style: '',
                version: 1,
              },
              {
                type: 'link',
                version: 3,
                format: '',
                indent: 0,
                direction: 'rtl',
                fields: { url: 'javascript:alert(1)', newTab: false, linkType: 'custom' },
                children: [{ type: 'text', text: 'کلیک کنید', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
              },
            ],
          },
          { type: 'html', version: 1, html: '<script>alert(2)</script><iframe src="https://evil.example"></iframe>' },
          {
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: 'rtl',
            textFormat: 0,
            textStyle: '',
            children: [
              {
                type: 'text',
                text: 'متن سالم',
                format: 0,
                detail: 0,
                mode: 'normal',
                style: 'color: red" onmouseover="alert(3)',
                version: 1,
              },
            ],
          },
        ],
      },
    }
    const doc = await publishNews({ title: 'آزمون پاک‌سازی', body: hostile })
    const { status, body } = await http.json<Detail>(`${V1}/tehran/news/${enc(doc.slug)}`)
    expect(status).toBe(200)
    expect(body.html).toContain('متن سالم')
    // Text that looks like markup is escaped; no real element, handler attribute or script URL survives.
    expect(body.html).toContain('&lt;script&gt;')
    expect(body.html).not.toMatch(/<\s*(script|iframe|img|style)\b/i)
    expect(body.html).not.toMatch(/<[^>]+\son\w+\s*=/i)
    expect(body.html).not.toMatch(/<[^>]+(href|src)\s*=\s*"\s*javascript:/i)
    expect(body.html).not.toMatch(/style=/i)
    expect(body.html).not.toContain('unknown node')
  })
})

describe('caching', () => {
  it('sends a strong ETag and the documented Cache-Control, and answers 304 to If-None-Match', async () => {
    const first = await http.api(`${V1}/tehran/news`)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[^"]+"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
    const again = await http.api(`${V1}/tehran/news`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    const stale = await http.api(`${V1}/tehran/news`, { headers: { 'If-None-Match': '"something-else"' } })
    expect(stale.status).toBe(200)
  })

  it('forgets unpublished content by the time the unpublish request returns', async () => {
    const doc = await publishNews({ title: 'خبر کوتاه‌مدت برای آزمون حافظه نهان' })
    const path = `${V1}/tehran/news/${enc(doc.slug)}`
    expect((await http.api(path)).status).toBe(200)
    const listed = await http.json<List>(`${V1}/tehran/news?limit=50`)
    expect(listed.body.docs.map((d) => d.slug)).toContain(doc.slug)
    expect((await http.send('POST', `/api/news-items/${doc.id}/transition`, { to: 'archived' }, supervisor)).status).toBe(200)
    expect((await http.api(path)).status).toBe(404)
    const after = await http.json<List>(`${V1}/tehran/news?limit=50`)
    expect(after.body.docs.map((d) => d.slug)).not.toContain(doc.slug)
  })

  it('shows an edit of live content once it is published, not before', async () => {
    const doc = await publishNews({ title: 'عنوان نخست برای آزمون ویرایش' })
    const path = `${V1}/tehran/news/${enc(doc.slug)}`
    expect((await http.json<Detail>(path)).body.title).toBe('عنوان نخست برای آزمون ویرایش')
    await http.send('PATCH', `/api/news-items/${doc.id}?draft=true`, { title: 'عنوان دوم برای آزمون ویرایش' }, editor)
    expect((await http.json<Detail>(path)).body.title).toBe('عنوان نخست برای آزمون ویرایش')
    await http.send('POST', `/api/news-items/${doc.id}/transition`, { to: 'published' }, supervisor)
    expect((await http.json<Detail>(path)).body.title).toBe('عنوان دوم برای آزمون ویرایش')
  })

  it('never serves an embargoed release', async () => {
    const created = await http.send<{ doc: { id: number; slug: string } }>(
      'POST',
      '/api/press-releases?draft=true',
      {
        title: 'اطلاعیه محرمانه تحویل',
        organization: tehran,
        embargoUntil: new Date(Date.now() + 3_600_000).toISOString(),
      },
      supervisor,
    )
    await http.send('POST', `/api/press-releases/${created.body.doc.id}/transition`, { to: 'published' }, supervisor)
    expect((await http.api(`${V1}/tehran/press-releases/${enc(created.body.doc.slug)}`)).status).toBe(404)
    const list = await http.json<List>(`${V1}/tehran/press-releases?limit=50`)
    expect(list.body.docs.map((d) => d.slug)).not.toContain(created.body.doc.slug)
  })
})

describe('CORS', () => {
  it('lets any origin read delivery GETs, and only configured origins use the rest of the API', async () => {
    const read = await http.api(`${V1}/tehran/news`, { headers: { Origin: 'https://portal.example.org' } })
    expect(read.headers.get('access-control-allow-origin')).toBe('*')
    const preflight = await http.api(`${V1}/tehran/news`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://portal.example.org', 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    const admin = await http.api('/api/news-items', { headers: { Origin: 'https://evil.example' } })
    expect(admin.headers.get('access-control-allow-origin')).not.toBe('*')
    expect(admin.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
  })
})

describe('feeds and sitemap', () => {
  it('RSS 2.0 is valid XML with Persian text escaped', async () => {
    await publishNews({ title: 'نشست <ویژه> & «فوری» استانداری' })
    const response = await http.api(`${V1}/tehran/news/feed.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/rss+xml')
    const xml = await response.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml)
    expect(parsed.rss['@_version']).toBe('2.0')
    const items = [parsed.rss.channel.item].flat() as Array<{ title: string; link: string; guid: unknown }>
    expect(items.map((item) => item.title)).toContain('نشست <ویژه> & «فوری» استانداری')
    expect(items.every((item) => item.link.startsWith('http'))).toBe(true)
    expect(items.map((item) => item.title)).not.toContain('پیش‌نویس: گزارش عملکرد ستاد مدیریت بحران در بارش‌های اخیر')
  })

  it('JSON Feed 1.1 has the required members', async () => {
    const { status, body } = await http.json<{ version: string; title: string; items: Array<Record<string, unknown>> }>(
      `${V1}/tehran/press-releases/feed.json`,
    )
    expect(status).toBe(200)
    expect(body.version).toBe('https://jsonfeed.org/version/1.1')
    expect(typeof body.title).toBe('string')
    expect(body.items.length).toBeGreaterThan(0)
    for (const item of body.items) {
      expect(typeof item.id).toBe('string')
      expect(typeof item.url).toBe('string')
      expect(typeof item.content_text === 'string' || typeof item.content_html === 'string').toBe(true)
    }
    expect((await http.json(`${V1}/atlantis/news/feed.json`)).status).toBe(404)
  })

  it('the portal sitemap lists published articles only', async () => {
    const response = await http.api('/sitemap.xml')
    expect(response.status).toBe(200)
    const xml = await response.text()
    expect(XMLValidator.validate(xml)).toBe(true)
    const locs = ([new XMLParser().parse(xml).urlset.url].flat() as Array<{ loc: string }>).map((url) => decodeURI(url.loc))
    expect(locs.some((loc) => loc.endsWith(`/portal/tehran/news/${LIVE}`))).toBe(true)
    expect(locs.some((loc) => loc.includes(DRAFT))).toBe(false)
    expect(locs.some((loc) => loc.endsWith('/portal/isfahan'))).toBe(true)
  })
})
