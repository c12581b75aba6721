import type { Payload } from 'payload'

import { portalPath } from '@/config/publicUrls'
import { listContent, type Locale } from '@/delivery'
import { Card } from '../components/Card'
import { Shell } from '../components/Shell'
import { WORDS } from '../i18n'
import { provinceBySlug, requestOrigin } from './load'

/** A province's front page: latest news, latest press releases, campaigns running now. */
export async function HomeView({ payload, provinceSlug, locale }: { payload: Payload; provinceSlug: string; locale: Locale }) {
  const province = await provinceBySlug(payload, provinceSlug)
  const origin = await requestOrigin()
  const now = new Date().toISOString()
  const [news, releases, campaigns] = await Promise.all([
    listContent(payload, origin, province.slug, 'news', { locale, page: 1, limit: 6 }),
    listContent(payload, origin, province.slug, 'press-releases', { locale, page: 1, limit: 4 }),
    listContent(payload, origin, province.slug, 'campaigns', { locale, page: 1, limit: 10, to: now }),
  ])
  const active = campaigns.value.docs.filter((campaign) => !campaign.endsAt || campaign.endsAt >= now)
  const words = WORDS[locale]
  const sections = [
    { id: 'news', title: words.latestNews, items: news.value.docs, more: portalPath(province.slug, 'news', undefined, locale) },
    {
      id: 'press-releases',
      title: words.pressReleases,
      items: releases.value.docs,
      more: portalPath(province.slug, 'press-releases', undefined, locale),
    },
    { id: 'campaigns', title: words.activeCampaigns, items: active, more: portalPath(province.slug, 'campaigns', undefined, locale) },
  ]
  return (
    <Shell province={province} locale={locale} alternatePath={`/portal/${province.slug}${locale === 'fa' ? '/en' : ''}`}>
      <h1>{province.name[locale]}</h1>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-heading`} className="section">
          <h2 id={`${section.id}-heading`}>{section.title}</h2>
          {section.items.length === 0 ? (
            <p>{words.nothing}</p>
          ) : (
            <div className="cards">
              {section.items.map((item) => (
                <Card key={item.id} item={item} locale={locale} />
              ))}
            </div>
          )}
          <p>
            <a href={section.more}>
              {words.more}: {section.title}
            </a>
          </p>
        </section>
      ))}
    </Shell>
  )
}
