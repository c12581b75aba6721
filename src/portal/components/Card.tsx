import { formatJalaliDate } from '@/lib/persian'
import type { DeliveredSummary, Locale } from '@/delivery'
import { Picture } from './Picture'

/** One item in a list: image, title (a link to the article), date and summary. */
export function Card({ item, locale, headingLevel = 3 }: { item: DeliveredSummary; locale: Locale; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="card" data-slug={item.slug}>
      {item.image && <Picture image={item.image} sizes="(max-width: 700px) 100vw, 320px" />}
      <div className="card-body">
        <Heading>
          <a href={item.url}>{item.title}</a>
        </Heading>
        {item.publishedAt && <time dateTime={item.publishedAt}>{formatJalaliDate(item.publishedAt, locale)}</time>}
        {item.summary && <p>{item.summary}</p>}
      </div>
    </article>
  )
}
