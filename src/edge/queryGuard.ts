/**
 * Checks the query string of Payload REST requests before Payload parses it. Payload answers
 * some malformed queries with a 500 (an unknown operator, a negative limit, a sort on `__proto__`);
 * here they are a 400 that says which parameter is wrong.
 */
const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_WHERE_DEPTH = 12
const MAX_LIST_ITEMS = 500
const MAX_QUERY_LENGTH = 16_384

const integerIn = (min: number, max: number) => (value: string) => /^\d{1,9}$/.test(value) && Number(value) >= min && Number(value) <= max

const SIMPLE_PARAMS: Record<string, (value: string) => boolean> = {
  limit: integerIn(0, 1000),
  page: integerIn(1, 1_000_000),
  depth: integerIn(0, 10),
  locale: (value) => ['fa', 'en', 'all'].includes(value),
  'fallback-locale': (value) => ['fa', 'en', 'none', 'null', 'false'].includes(value),
  draft: (value) => value === 'true' || value === 'false',
  autosave: (value) => value === 'true' || value === 'false',
  pagination: (value) => value === 'true' || value === 'false',
  trash: (value) => value === 'true' || value === 'false',
  sort: (value) =>
    value.split(',').every((part) => /^-?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(part) && !hasForbiddenSegment(part)),
}

function hasForbiddenSegment(path: string): boolean {
  return path.split('.').some((segment) => FORBIDDEN_SEGMENTS.has(segment.replace(/^-/, '')))
}

/** The bracket segments of `where[a][b][0][c]`, or null when the key is not well formed. */
function segmentsOf(key: string, root: string): string[] | null {
  const match = key.slice(root.length)
  if (!/^(\[[^[\]]*\])+$/.test(match)) return null
  return [...match.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)
}

function checkWhere(key: string, value: string): string | null {
  const segments = segmentsOf(key, 'where')
  if (!segments || segments.some((segment) => segment === '' || FORBIDDEN_SEGMENTS.has(segment))) {
    return `"${key}" is not a valid where clause.`
  }
  if (segments.length > MAX_WHERE_DEPTH * 3) return `"where" is nested too deeply (at most ${MAX_WHERE_DEPTH} levels).`
  // Logical groups (and / or followed by an index) may nest; what remains is field path + operator.
  let index = 0
  while (index < segments.length && (segments[index] === 'and' || segments[index] === 'or')) {
    if (!/^\d{1,3}$/.test(segments[index + 1] ?? '')) return `"${key}": "and" and "or" take numbered conditions.`
    index += 2
  }
  // qs writes lists as where[field][in][0]=a&where[field][in][1]=b.
  const rest =
    /^\d{1,3}$/.test(segments.at(-1)!) && ['in', 'not_in'].includes(segments.at(-2)!) ? segments.slice(index, -1) : segments.slice(index)
  if (rest.length < 2) return `"${key}" needs a field and an operator.`
  const operator = rest.at(-1)!
  const field = rest.slice(0, -1).join('.')
  if (!OPERATORS.has(operator)) return `"${operator}" is not a supported operator (${[...OPERATORS].join(', ')}).`
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/.test(field) || hasForbiddenSegment(field))
    return `"${field}" is not a field that can be queried.`
  if ((operator === 'in' || operator === 'not_in') && value.split(',').length > MAX_LIST_ITEMS) {
    return `"${key}" lists more than ${MAX_LIST_ITEMS} values.`
  }
  return null
}

function checkSelect(key: string, root: string): string | null {
  const segments = segmentsOf(key, root)
  if (!segments || segments.some((segment) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment) || FORBIDDEN_SEGMENTS.has(segment))) {
    return `"${key}" is not a valid ${root} parameter.`
  }
  return null
}

/**
 * A message for the first problem in the query string, or null when it is acceptable.
 * `maxLength` is raised for a query sent as a body (Payload's method override), which exists
 * precisely because the admin's relationship queries outgrow a URL.
 */
export function queryProblem(search: string, { maxLength = MAX_QUERY_LENGTH }: { maxLength?: number } = {}): string | null {
  if (search.length > maxLength) return `The query string is longer than ${maxLength} characters.`
  let params: URLSearchParams
  try {
    // URLSearchParams replaces bad escapes silently; decodeURIComponent does not.
    decodeURIComponent(search.replace(/\+/g, ' '))
    params = new URLSearchParams(search)
  } catch {
    return 'The query string is not valid percent-encoded UTF-8.'
  }
  for (const [key, value] of params) {
    if (key.startsWith('where[')) {
      const problem = checkWhere(key, value)
      if (problem) return problem
    } else if (key.startsWith('select[') || key.startsWith('populate[') || key.startsWith('joins[')) {
      const problem = checkSelect(key, key.slice(0, key.indexOf('[')))
      if (problem) return problem
    } else if (SIMPLE_PARAMS[key] && !SIMPLE_PARAMS[key](value)) {
      return `"${key}" has an invalid value.`
    } else if (key === 'where' || FORBIDDEN_SEGMENTS.has(key)) {
      return `"${key}" is not a valid parameter.`
    }
  }
  return null
}
