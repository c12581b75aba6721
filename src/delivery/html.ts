import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

import type { NewsItem } from '@/payload-types'

type LexicalBody = NewsItem['body']

/**
 * What survives into delivered HTML: text structure, links with safe schemes, our own images.
 * No scripts, no event handlers, no styles, no `javascript:` or `data:` URLs, no raw HTML nodes.
 */
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'code',
    'pre',
    'hr',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'span',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes', 'loading'],
    '*': ['dir', 'lang'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'noopener noreferrer', ...(attribs.target ? { target: '_blank' } : {}) },
    }),
  },
}

/** Node types we do not render (raw HTML blocks, anything unknown) disappear rather than showing a placeholder. */
const CONVERTERS: HTMLConverters = { ...defaultHTMLConverters, unknown: () => '' }

/** The Lexical body rendered to HTML on the server, then sanitized. */
export function bodyToSafeHtml(body: LexicalBody): string {
  if (!body?.root) return ''
  const raw = convertLexicalToHTML({ data: body as never, converters: CONVERTERS, disableContainer: true })
  return sanitizeHtml(raw, POLICY)
}

export function sanitizeDeliveredHtml(html: string): string {
  return sanitizeHtml(html, POLICY)
}
