import type { Locale } from '@/delivery'
import { WORDS } from '../i18n'

/** A plain GET form (no JavaScript needed) that asks the list page it is on for `q`. */
export function SearchForm({ action, label, q, locale }: { action: string; label: string; q: string; locale: Locale }) {
  const words = WORDS[locale]
  return (
    <form role="search" method="get" action={action} className="search-form">
      <label htmlFor="portal-q">
        {words.searchIn} {label}
      </label>
      <input id="portal-q" name="q" type="search" defaultValue={q} maxLength={200} />
      <button type="submit">{words.search}</button>
    </form>
  )
}
