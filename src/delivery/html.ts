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

/** A document a text links to, as the public may follow it; null when the public cannot see it. */
export type LinkedDocument = { href: string; title: string }
/** Finds the public page of a linked document (`value` as Lexical stores it: populated, or an id when the reader may not see it). */
export type LinkResolver = (relationTo: string, value: unknown) => LinkedDocument | null

type LinkNode = { fields: { linkType?: string; url?: string; doc?: { relationTo: string; value: unknown } | null } }
type RelationshipNode = { relationTo: string; value: unknown }

type ConvertLink = Extract<NonNullable<HTMLConverters['link']>, (...args: never[]) => string>

/**
 * Lexical's converters, with links to documents of ours made into links to their public pages: a
 * link to a document the public cannot see (a draft, an embargoed release, one taken down) keeps
 * its text and loses its link, and a document embedded as a relationship becomes a link to it
 * under its title, or nothing. Node types we do not render (raw HTML blocks, anything unknown)
 * disappear rather than showing a placeholder.
 */
function converters(resolve: LinkResolver): HTMLConverters {
  const link = defaultHTMLConverters.link as ConvertLink
  const to = (args: Parameters<ConvertLink>[0], href: string) =>
    link({ ...args, node: { ...args.node, fields: { ...args.node.fields, linkType: 'custom', url: href } } })
  return {
    ...defaultHTMLConverters,
    link: (args) => {
      const { doc, linkType } = (args.node as unknown as LinkNode).fields
      if (linkType !== 'internal') return link(args)
      const target = doc ? resolve(doc.relationTo, doc.value) : null
      return target ? to(args, target.href) : args.nodesToHTML({ nodes: args.node.children }).join('')
    },
    relationship: (args) => {
      const { relationTo, value } = args.node as unknown as RelationshipNode
      const target = resolve(relationTo, value)
      if (!target) return ''
      const title = { type: 'text', text: target.title, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
      const node = { type: 'link', version: 3, fields: { linkType: 'custom', url: target.href }, children: [title] }
      return `<p>${link({ ...args, node } as never)}</p>`
    },
    unknown: () => '',
  }
}

/** The Lexical body rendered to HTML on the server, then sanitized. */
export function bodyToSafeHtml(body: LexicalBody, resolve: LinkResolver): string {
  if (!body?.root) return ''
  const raw = convertLexicalToHTML({ data: body as never, converters: converters(resolve), disableContainer: true })
  return sanitizeHtml(raw, POLICY)
}

export function sanitizeDeliveredHtml(html: string): string {
  return sanitizeHtml(html, POLICY)
}
