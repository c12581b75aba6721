import { CATEGORIES } from '@/seed/categories'
import provinces from '@/seed/data/provinces.json'

import type { Articles } from './corpus/build'
import { SEARCH_QUERIES } from './corpus/text'

/**
 * The URLs each load scenario requests. Random choices come from Math.random: the corpus is
 * repeatable, the order of requests need not be.
 */
const PROVINCES = provinces.provinces.map((province) => province.slug)
const PAGES = 5
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!

function shuffled<T>(list: readonly T[]): T[] {
  const copy = [...list]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

/** Walks a list in order and, when it runs out, starts again (the count of distinct paths shows it). */
function cycle(list: string[]): () => string {
  let next = 0
  return () => list[next++ % list.length]!
}

const listPath = (province: string, page: number) => `/api/delivery/v1/${province}/news?page=${page}`

/** A: a province's news list, pages 1–5 (31 × 5 URLs, answered from the delivery cache once warm). */
export const deliveryListPaths = (): string[] =>
  PROVINCES.flatMap((province) => Array.from({ length: PAGES }, (_, i) => listPath(province, i + 1)))
export const deliveryList = (): (() => string) => {
  const paths = deliveryListPaths()
  return () => pick(paths)
}

/**
 * Cold A: every request a list page or filter combination not asked before (province × type ×
 * page × page size × category or start date), so each one misses the delivery cache, as in the
 * minutes after a publication empties it or when readers page and filter.
 */
export function coldListScenario(): () => string {
  const filters = [
    '',
    ...CATEGORIES.map((category) => `&category=${category.slug}`),
    ...Array.from(
      { length: 12 },
      (_, quarter) => `&from=${2024 + Math.floor(quarter / 4)}-${String((quarter % 4) * 3 + 1).padStart(2, '0')}-01`,
    ),
  ]
  const paths: string[] = []
  for (const province of PROVINCES) {
    for (const type of ['news', 'press-releases']) {
      for (let page = 1; page <= PAGES; page++) {
        for (let limit = 10; limit <= 30; limit++) {
          for (const filter of filters) paths.push(`/api/delivery/v1/${province}/${type}?page=${page}&limit=${limit}${filter}`)
        }
      }
    }
  }
  return cycle(shuffled(paths))
}

const articlePath = ([province, slug]: [string, string]) => `/api/delivery/v1/${province}/news/${encodeURIComponent(slug)}`

/**
 * B: one article by slug. Cold: every request names an article not asked for before (a shuffled
 * walk through all published news), so each one is computed. Warm: a fixed 500, fetched once first.
 */
export function articleScenarios(articles: Articles): { cold: () => string; warmPaths: string[] } {
  const order = shuffled(articles)
  const warmPaths = order.slice(0, 500).map(articlePath)
  return { cold: cycle(order.slice(500).map(articlePath)), warmPaths }
}

/**
 * C: the same list as A through plain Payload REST, as a team without a delivery layer would ask
 * for it: published items of the province and its offices, newest first, relations populated.
 */
export function payloadRestList(provinceOrganizations: Map<string, Array<number | string>>): () => string {
  const paths = PROVINCES.flatMap((province) => {
    const ids = provinceOrganizations.get(province) ?? []
    const where = `where[and][0][_status][equals]=published&where[and][1][organization][in]=${ids.join(',')}`
    return Array.from({ length: PAGES }, (_, i) => `/api/news-items?${where}&depth=1&limit=20&page=${i + 1}&sort=-publishedAt&locale=fa`)
  })
  return () => pick(paths)
}

/**
 * F: search with Persian `q`. Every request is a question not asked before (query × province ×
 * page × page size), so what is measured is the search itself, not the cache in front of it.
 */
export function searchScenario(): () => string {
  const paths: string[] = []
  for (const q of SEARCH_QUERIES) {
    for (const province of PROVINCES) {
      for (let page = 1; page <= 3; page++) {
        for (let limit = 10; limit <= 30; limit++) {
          paths.push(`/api/delivery/v1/${province}/news?q=${encodeURIComponent(q)}&page=${page}&limit=${limit}`)
        }
      }
    }
  }
  return cycle(shuffled(paths))
}

export const FLOOR_PATH = '/api/bench-floor'
export const SAMPLE_LIST_PATH = listPath('tehran', 1)
