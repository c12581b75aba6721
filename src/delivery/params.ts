export const MAX_LIMIT = 50
export const DEFAULT_LIMIT = 20
const MAX_PAGE = 10_000
const MAX_QUERY_LENGTH = 200

export type Locale = 'fa' | 'en'

export type ListParams = {
  locale: Locale
  page: number
  limit: number
  category?: string
  campaign?: string
  q?: string
  from?: string
  to?: string
}

export class DeliveryError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message)
  }
}

const KNOWN = new Set(['locale', 'page', 'limit', 'category', 'campaign', 'q', 'from', 'to'])

/** Reads and checks the list parameters; anything wrong is a 400 that names the parameter and why. */
export function parseListParams(search: URLSearchParams): ListParams {
  for (const key of search.keys()) {
    if (!KNOWN.has(key)) throw new DeliveryError(400, `Unknown parameter "${key}". Known: ${[...KNOWN].join(', ')}.`)
    if (search.getAll(key).length > 1) throw new DeliveryError(400, `Parameter "${key}" is given more than once.`)
  }
  const params: ListParams = {
    locale: parseLocale(search.get('locale')),
    page: integer(search.get('page'), 'page', 1, MAX_PAGE, 1),
    limit: integer(search.get('limit'), 'limit', 1, MAX_LIMIT, DEFAULT_LIMIT),
    category: slugParam(search.get('category'), 'category'),
    campaign: slugParam(search.get('campaign'), 'campaign'),
    q: query(search.get('q')),
    from: date(search.get('from'), 'from'),
    to: date(search.get('to'), 'to'),
  }
  if (params.from && params.to && params.from > params.to) {
    throw new DeliveryError(400, `"from" must not be later than "to".`)
  }
  return params
}

export function parseLocale(value: string | null): Locale {
  if (value === null || value === 'fa') return 'fa'
  if (value === 'en') return 'en'
  throw new DeliveryError(400, `"locale" must be "fa" or "en".`)
}

function integer(value: string | null, name: string, min: number, max: number, fallback: number): number {
  if (value === null) return fallback
  if (!/^\d{1,6}$/.test(value)) throw new DeliveryError(400, `"${name}" must be a whole number from ${min} to ${max}.`)
  const number = Number(value)
  if (number < min || number > max) throw new DeliveryError(400, `"${name}" must be a whole number from ${min} to ${max}.`)
  return number
}

function slugParam(value: string | null, name: string): string | undefined {
  if (value === null) return undefined
  if (value.length === 0 || value.length > 160 || /[\s/?#]/.test(value)) {
    throw new DeliveryError(400, `"${name}" must be a slug (no spaces or slashes, at most 160 characters).`)
  }
  return value
}

function query(value: string | null): string | undefined {
  if (value === null) return undefined
  const trimmed = value.trim()
  if (trimmed.length === 0) return undefined
  if (trimmed.length > MAX_QUERY_LENGTH) throw new DeliveryError(400, `"q" must be at most ${MAX_QUERY_LENGTH} characters.`)
  return trimmed
}

/** ISO 8601 dates (`2026-11-01` or a full date-time); returned as ISO date-times. */
function date(value: string | null, name: string): string | undefined {
  if (value === null) return undefined
  const valid = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value)
  const parsed = new Date(value)
  if (!valid || Number.isNaN(parsed.getTime())) {
    throw new DeliveryError(400, `"${name}" must be an ISO 8601 date, e.g. 2026-11-01 or 2026-11-01T08:00:00Z.`)
  }
  return parsed.toISOString()
}
