import type { Locale } from '@/delivery'
import { toPersianDigits } from '@/lib/persian'
import { WORDS } from '../i18n'

/** `query`: what the page was asked with besides its number (a search's `q`), kept on every link. */
export function Pagination({
  page,
  totalPages,
  basePath,
  locale,
  query = {},
}: {
  page: number
  totalPages: number
  basePath: string
  locale: Locale
  query?: Record<string, string>
}) {
  if (totalPages <= 1) return null
  const words = WORDS[locale]
  const number = (n: number) => (locale === 'fa' ? toPersianDigits(String(n)) : String(n))
  const href = (to: number) => `${basePath}?${new URLSearchParams({ ...query, page: String(to) })}`
  return (
    <nav className="pagination" aria-label={words.page}>
      {page > 1 && (
        <a rel="prev" href={href(page - 1)}>
          {words.previous}
        </a>
      )}
      <span>
        {words.page} {number(page)} {words.of} {number(totalPages)}
      </span>
      {page < totalPages && (
        <a rel="next" href={href(page + 1)}>
          {words.next}
        </a>
      )}
    </nav>
  )
}
