import { normalizePersian, toAsciiDigits } from './normalize'

const MAX_SLUG_LENGTH = 120

/**
 * A URL slug that keeps Persian letters: `روابط عمومی استانداری` → `روابط-عمومی-استانداری`.
 * Letters of any script and digits are kept; ZWNJ, whitespace and punctuation become single
 * hyphens; digits become ASCII so that ۱۴۰۳ and 1403 give the same slug.
 */
export function slugify(text: string): string {
  const slug = toAsciiDigits(normalizePersian(text))
    .toLowerCase()
    .replace(/[\u200C\u200D]/g, '-')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return trimToLength(slug, MAX_SLUG_LENGTH)
}

/** Cut at a hyphen where possible so that a long slug does not end in half a word. */
function trimToLength(slug: string, max: number): string {
  const chars = Array.from(slug)
  if (chars.length <= max) return slug
  const cut = chars.slice(0, max).join('')
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}

/** True when a slug is in the canonical form `slugify` produces. */
export function isCanonicalSlug(slug: string): boolean {
  return slug.length > 0 && slugify(slug) === slug
}
