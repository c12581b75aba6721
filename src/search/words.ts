import { searchText } from './searchText'

/** Words beyond these are ignored: a question is a few words, not a paragraph. */
export const MAX_QUERY_WORDS = 8

/**
 * The words of a question, normalized as the stored search text is (src/search/searchText.ts),
 * so «استانداري ۱۴۰۳» asks for «استانداری» and «1403». Empty when it holds no letter or digit.
 */
export function queryWords(query: string): string[] {
  const text = searchText(query)
  return text ? text.split(' ').slice(0, MAX_QUERY_WORDS) : []
}
