import type { FieldHook } from 'payload'
import { ValidationError } from 'payload'

const MAX_NODES = 20_000

/**
 * Lexical's own validation assumes a well-formed tree and throws a TypeError (a 500) on, say,
 * `children: "text"`. This checks the shape first — every node an object with a `type`, every
 * `children` an array — and answers a malformed body with a 400.
 */
export const requireLexicalShape: FieldHook = ({ value, path }) => {
  if (value === null || value === undefined) return value
  let count = 0
  const fail = (): never => {
    throw new ValidationError({
      errors: [{ path: path.join('.'), message: 'متن ساختار درستی ندارد. / The rich text is not a well-formed Lexical document.' }],
    })
  }
  const visit = (node: unknown): void => {
    if (++count > MAX_NODES || !node || typeof node !== 'object' || Array.isArray(node)) fail()
    const { type, children } = node as { type?: unknown; children?: unknown }
    if (typeof type !== 'string') fail()
    if (children !== undefined) {
      if (!Array.isArray(children)) fail()
      ;(children as unknown[]).forEach(visit)
    }
  }
  const root = (value as { root?: unknown }).root
  if (!root) fail()
  visit(root)
  return value
}
