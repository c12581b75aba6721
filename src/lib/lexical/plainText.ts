type LexicalNode = { type?: string; text?: unknown; children?: unknown }

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem'])

function textOf(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  const children = Array.isArray(node.children) ? (node.children as LexicalNode[]) : []
  return children.map((child) => textOf(child) + (BLOCKS.has(child.type ?? '') ? '\n\n' : '')).join('')
}

/**
 * The text of a Lexical document, paragraphs separated by blank lines, no markup at all: for
 * answers given where HTML would have to be sanitized (public FOI answers) and for checks that a
 * document says anything. Anything that is not a Lexical document is empty text.
 */
export function lexicalPlainText(document: unknown): string {
  const root = (document as { root?: LexicalNode } | null | undefined)?.root
  if (!root || typeof root !== 'object') return ''
  return textOf(root)
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
