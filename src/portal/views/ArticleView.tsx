import type { Payload } from 'payload'

import { portalPath, type DeliveryType } from '@/config/publicUrls'
import { listContent, type DeliveredDetail, type DeliveredSummary, type Locale, type OrganizationInfo } from '@/delivery'
import { formatJalaliDate } from '@/lib/persian'
import { Card } from '../components/Card'
import { Picture } from '../components/Picture'
import { Shell } from '../components/Shell'
import { WORDS } from '../i18n'
import { requestOrigin } from './load'

/** JSON for a <script> element: `<` escaped so no text can close the element early. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

/**
 * An article (or a campaign with its linked items). The HTML comes from the delivery layer,
 * already rendered from Lexical and sanitized; it is inserted as is.
 */
export async function ArticleView({
  payload,
  province,
  type,
  article,
  locale,
  preview = false,
}: {
  payload: Payload
  province: OrganizationInfo
  type: DeliveryType
  article: DeliveredDetail
  locale: Locale
  preview?: boolean
}) {
  const words = WORDS[locale]
  const linked: DeliveredSummary[] = []
  if (type === 'campaigns' && !preview) {
    const origin = await requestOrigin()
    for (const itemType of ['news', 'press-releases'] as const) {
      const list = await listContent(payload, origin, province.slug, itemType, { locale, page: 1, limit: 20, campaign: article.slug })
      linked.push(...list.value.docs)
    }
  }
  return (
    <Shell province={province} locale={locale} alternatePath={portalPath(province.slug, type, article.slug, locale === 'fa' ? 'en' : 'fa')}>
      {preview && (
        <p className="preview-banner" role="status">
          {words.preview}
        </p>
      )}
      <article className="article">
        <h1>{article.title}</h1>
        <p className="meta">
          {article.organization.name}
          {article.publishedAt && (
            <>
              {' '}
              — <time dateTime={article.publishedAt}>{formatJalaliDate(article.publishedAt, locale)}</time>
            </>
          )}
        </p>
        {(article.categories.length > 0 || article.campaign) && (
          <dl className="taxonomy">
            {article.categories.length > 0 && (
              <>
                <dt>{words.categories}</dt>
                <dd>
                  {article.categories.map((category) => (
                    <span key={category.slug} className="tag">
                      {category.title}
                    </span>
                  ))}
                </dd>
              </>
            )}
            {article.campaign && (
              <>
                <dt>{words.campaign}</dt>
                <dd>
                  <a href={portalPath(province.slug, 'campaigns', article.campaign.slug, locale)}>{article.campaign.title}</a>
                </dd>
              </>
            )}
          </dl>
        )}
        {article.image && <Picture image={article.image} sizes="(max-width: 900px) 100vw, 900px" eager />}
        {article.summary && <p className="lead">{article.summary}</p>}
        <div className="body" dangerouslySetInnerHTML={{ __html: article.html }} />
        {article.gallery.length > 0 && (
          <section aria-labelledby="gallery-heading">
            <h2 id="gallery-heading">{words.gallery}</h2>
            <div className="gallery">
              {article.gallery.map((image) => (
                <Picture key={image.url} image={image} sizes="(max-width: 700px) 50vw, 300px" />
              ))}
            </div>
          </section>
        )}
        {article.attachments.length > 0 && (
          <section aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{words.attachments}</h2>
            <ul>
              {article.attachments.map((file) => (
                <li key={file.url}>
                  <a href={file.url} download>
                    {file.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {linked.length > 0 && (
          <section aria-labelledby="linked-heading">
            <h2 id="linked-heading">{words.linkedContent}</h2>
            <div className="cards">
              {linked.map((item) => (
                <Card key={`${item.type}-${item.id}`} item={item} locale={locale} />
              ))}
            </div>
          </section>
        )}
      </article>
      {!preview && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(article.jsonLd) }} />}
    </Shell>
  )
}
