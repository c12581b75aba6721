/**
 * Checks JSON request bodies before Payload reads them: Payload answers a `null`, a bare string,
 * an array or a prototype-polluting key with a 500, and SQLite refuses NUL characters. Here they
 * are a 400 that says what is wrong. GraphQL bodies must be one operation: `{ query, variables?,
 * operationName? }` (batches are not supported and a malformed one could hang the handler).
 */
import { graphqlProblem } from './graphqlShape'

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_DEPTH = 64

function problemIn(value: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH) return `The JSON body is nested more than ${MAX_DEPTH} levels deep.`
  if (typeof value === 'string') return value.includes('\u0000') ? 'Text may not contain NUL characters.' : null
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = problemIn(item, depth + 1)
      if (problem) return problem
    }
    return null
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key) || key.includes('\u0000')) return `"${key}" is not an acceptable key.`
      const problem = problemIn(item, depth + 1)
      if (problem) return problem
    }
  }
  return null
}

export function bodyProblem(text: string, isGraphql: boolean): string | null {
  if (text.trim() === '') return null
  let parsed: unknown
  try {
    // JSON.parse keeps "__proto__" as an own key (it does not pollute), so it can be checked.
    parsed = JSON.parse(text)
  } catch {
    return 'The body is not valid JSON.'
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'The body must be a JSON object.'
  if (isGraphql) {
    const { query, variables, operationName } = parsed as Record<string, unknown>
    if (typeof query !== 'string' || query.trim() === '') return 'A GraphQL request needs a "query" string.'
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
      return '"variables" must be an object.'
    }
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
      return '"operationName" must be a string.'
    const shape = graphqlProblem(query)
    if (shape) return shape
  }
  return problemIn(parsed, 0)
}
