import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import type { DeliveredSummary } from '@/delivery/contract'
import { jsonFeed, rss, xmlText, type FeedMeta } from '@/delivery/feeds'
import type { ListAnswer } from '@/delivery/service'

const item = (over: Partial<DeliveredSummary> = {}): DeliveredSummary => ({
  id: 7,
  type: 'news',
  slug: 'نشست-شورا',
  title: 'نشست شورای اطلاع‌رسانی & <هماهنگی>',
  summary: 'خلاصه \u0007 خبر',
  publishedAt: '2026-11-29T06:30:00.000Z',
  organization: { slug: 'tehran', name: 'استانداری تهران' },
  url: '/portal/tehran/news/%D9%86%D8%B4%D8%B3%D8%AA',
  image: {
    alt: 'عکس',
    width: 1600,
    height: 900,
    url: '/media/a.webp',
    sizes: { thumbnail: null, card: { url: '/media/a-card.webp', width: 768, height: 432 }, hero: null, og: null },
  },
  categories: [{ slug: 'culture', title: 'فرهنگی' }],
  campaign: null,
  ...over,
})
const list = (docs: DeliveredSummary[]): ListAnswer => ({ docs, page: 1, limit: 50, totalDocs: docs.length, totalPages: 1 })
const meta: FeedMeta = {
  title: 'اخبار استان تهران',
  description: 'آخرین اخبار',
  homePage: 'https://newsroom.example.ir/portal/tehran',
  feedUrl: 'https://newsroom.example.ir/api/delivery/v1/tehran/news/feed.xml',
  locale: 'fa',
  origin: 'https://newsroom.example.ir',
}

describe('feeds', () => {
  it('xmlText escapes markup and drops characters XML forbids', () => {
    expect(xmlText(`a & b <c> "d" 'e'\u0000\u0007`)).toBe('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;')
  })

  it('RSS 2.0 parses, with absolute links on the public origin, Persian language and the items newest first as given', () => {
    const xml = rss(list([item(), item({ id: 8, url: 'https://cdn.example.ir/x', image: null, publishedAt: null })]), meta)
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml)
    const channel = parsed.rss.channel
    expect(channel.language).toBe('fa-IR')
    expect(channel['atom:link']['@_href']).toBe(meta.feedUrl)
    expect(channel.item[0].title).toBe('نشست شورای اطلاع‌رسانی & <هماهنگی>')
    expect(channel.item[0].link).toBe(`${meta.origin}${item().url}`)
    expect(channel.item[0].description).toBe('خلاصه  خبر')
    expect(channel.item[0].enclosure['@_url']).toBe(`${meta.origin}/media/a-card.webp`)
    expect(channel.item[0].category).toBe('فرهنگی')
    // An address that already is absolute (object storage) stays as it is; no date, no pubDate.
    expect(channel.item[1].link).toBe('https://cdn.example.ir/x')
    expect(channel.item[1].pubDate).toBeUndefined()
    expect(channel.lastBuildDate).toBe(new Date(item().publishedAt!).toUTCString())
  })

  it('JSON Feed 1.1 carries the same items', () => {
    const feed = jsonFeed(list([item()]), { ...meta, locale: 'en' }) as { language: string; items: Array<Record<string, unknown>> }
    expect(feed.language).toBe('en')
    expect(feed.items[0]).toMatchObject({
      id: `${meta.origin}${item().url}`,
      title: item().title,
      image: `${meta.origin}/media/a-card.webp`,
      date_published: item().publishedAt,
      tags: ['فرهنگی'],
      authors: [{ name: 'استانداری تهران' }],
    })
  })
})
