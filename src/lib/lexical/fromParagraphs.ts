import type { NewsItem } from '@/payload-types'

export type LexicalDocument = NonNullable<NewsItem['body']>

/**
 * A Lexical document made of plain paragraphs: for seed data, generated corpora and imports
 * where text arrives without formatting. `direction` is the text's direction for the editor.
 */
export function lexicalFromParagraphs(paragraphs: string[], direction: 'rtl' | 'ltr' = 'rtl'): LexicalDocument {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}
