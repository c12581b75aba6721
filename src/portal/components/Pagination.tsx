import type { Locale } from '@/delivery'
import { toPersianDigits } from '@/lib/persian'
import { WORDS } from '../i18n'

export function Pagination({ page, totalPages, basePath, locale }: { page: number; totalPages: number; basePath: string; locale: Locale }) {
  if (totalPages <= 1) return null
  const words = WORDS[locale]
  const number = (n: number) => (locale === 'fa' ? toPersianDigits(String(n)) : String(n))
  return (
    <nav className="pagination" aria-label={words.page}>
      {page > 1 && (
        <a rel="prev" href={`${basePath}?page=${page - 1}`}>
          {words.previous}
        </a>
      )}
      <span>
        {words.page} {number(page)} {words.of} {number(totalPages)}
      </span>
      {page < totalPages && (
        <a rel="next" href={`${basePath}?page=${page + 1}`}>
          {words.next}
        </a>
      )}
    </nav>
  )
}
