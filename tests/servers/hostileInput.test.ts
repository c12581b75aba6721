import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { client, type Headers } from '../helpers/http'
import { startOwnServer, TEST_SEED_PASSWORD, type RunningServer } from '../helpers/server'

/**
 * A generated barrage of malformed requests at REST, GraphQL and the delivery API: never a 5xx,
 * the server keeps answering, and nothing changes in the database beyond the valid creates. On a
 * server of its own, so that nothing it does can disturb the other HTTP tests' data.
 */
let server: RunningServer
let http: ReturnType<typeof client>
let editor: Headers
let admin: Headers
let tehran: number

type Attempt = { method: string; path: string; body?: BodyInit; headers?: Record<string, string>; as?: 'editor' | 'anonymous' }

/** A deterministic pseudo-random sequence, so a failure can be reproduced. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'like',
  'contains',
  'exists',
  'near',
  'within',
  'intersects',
  'all',
  'greater_than',
  '$ne',
  '$where',
  '$regex',
  'bogus',
  '__proto__',
]
const FIELDS = [
  'title',
  'slug',
  'organization',
  'publishedAt',
  '_status',
  'id',
  'organization.name',
  'version.title',
  'password',
  'hash',
  'salt',
  '__proto__',
  'constructor',
  'prototype',
  'a.b.c.d.e',
  '',
]
const VALUES = [
  'x',
  '',
  '1',
  '-1',
  '9'.repeat(40),
  'null',
  'true',
  '{"$gt":""}',
  '%FF%FE',
  '%C0%AE%C0%AE',
  '../../etc/passwd',
  '<script>',
  "' OR 1=1 --",
  'ی'.repeat(500),
]
const COLLECTIONS = [
  'news-items',
  'press-releases',
  'campaigns',
  'media',
  'comments',
  'users',
  'audit-log',
  'organizations',
  'categories',
  'webhooks',
  'notifications',
]

function queryAttempts(next: () => number, count: number): Attempt[] {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!
  const attempts: Attempt[] = []
  for (let i = 0; i < count; i++) {
    const collection = pick(COLLECTIONS)
    const field = pick(FIELDS)
    const params = [
      `where[${field}][${pick(OPERATORS)}]=${pick(VALUES)}`,
      `limit=${pick(['-1', '0', 'abc', '1e9', '99999999999', '10'])}`,
      `depth=${pick(['-3', '100', 'x', '2'])}`,
      `sort=${pick(['-title', '__proto__', 'password', '', 'a,b,c', '%00'])}`,
      `page=${pick(['-5', '0', 'NaN', '2'])}`,
      `locale=${pick(['fa', 'en', 'all', '../x', '*', '%FF'])}`,
      `select[${pick(FIELDS)}]=${pick(['true', 'false', 'x'])}`,
      `draft=${pick(['true', 'yes', '{}'])}`,
    ].filter(() => next() < 0.5)
    attempts.push({ method: 'GET', path: `/api/${collection}?${params.join('&')}`, as: next() < 0.5 ? 'editor' : 'anonymous' })
  }
  return attempts
}

function nestedWhere(depth: number): string {
  let path = 'where'
  for (let i = 0; i < depth; i++) path += '[and][0]'
  return `${path}[title][equals]=x`
}

function bodyAttempts(next: () => number, count: number): Attempt[] {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!
  const bodies: Array<() => BodyInit> = [
    () => JSON.stringify({ title: 123, organization: 'abc' }),
    () => JSON.stringify({ title: { nested: true }, organization: tehran }),
    () => JSON.stringify({ title: ['a', 'b'], organization: [tehran, tehran] }),
    () => '{"__proto__": {"isAdmin": true}, "title": "x", "organization": ' + tehran + '}',
    () => '{"constructor": {"prototype": {"polluted": 1}}, "title": "y"}',
    () => JSON.stringify({ title: 'a'.repeat(301), organization: tehran }),
    () => JSON.stringify({ gallery: Array.from({ length: 5000 }, (_, i) => i), title: 'big', organization: tehran }),
    () =>
      JSON.stringify({
        body: { root: { type: 'root', children: [{ type: 'paragraph', children: 'not-an-array' }] } },
        title: 'b',
        organization: tehran,
      }),
    () => JSON.stringify({ publishedAt: 'not-a-date', title: 'c', organization: tehran }),
    () => JSON.stringify({ workflowStatus: 'published', _status: 'published', title: 'd', organization: tehran }),
    () => JSON.stringify({ organization: 99999999, title: 'e' }),
    () => JSON.stringify(null),
    () => JSON.stringify([1, 2, 3]),
    () => '"just a string"',
    () => '{"title": "unterminated',
    () => new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xae, 0x22, 0x7d]),
    () => JSON.stringify({ [nestedKey(200)]: 1 }),
    () => nestedJson(2000),
    () => JSON.stringify({ title: '\u0000\u0001\u202e', organization: tehran }),
  ]
  const attempts: Attempt[] = []
  for (let i = 0; i < count; i++) {
    const collection = pick([
      'news-items',
      'press-releases',
      'campaigns',
      'comments',
      'categories',
      'organizations',
      'users',
      'audit-log',
      'webhooks',
    ])
    const method = pick(['POST', 'PATCH', 'PATCH', 'DELETE', 'PUT'])
    // Ids that do not exist: a well-formed edit or delete by an editor must still change nothing.
    const path =
      method === 'POST'
        ? `/api/${collection}`
        : pick([
            `/api/${collection}/${pick(['999999', 'abc', '-1', '%2e%2e', '1%00'])}`,
            `/api/${collection}?where[id][in]=999997,999998,999999`,
            `/api/${collection}`,
          ])
    attempts.push({
      method,
      path,
      body: pick(bodies)(),
      headers: { 'Content-Type': pick(['application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded']) },
      as: next() < 0.7 ? 'editor' : 'anonymous',
    })
  }
  return attempts
}

/** Writes sent as forms, as uploads are: Payload reads the document from the `_payload` field. */
function multipartAttempts(): Attempt[] {
  const data = [
    '"just a string"',
    'null',
    '{"title": "unterminated',
    '{"__proto__": {"isAdmin": true}, "title": "x", "organization": ' + tehran + '}',
    JSON.stringify({ title: '\u0000\u0001\u202e', organization: tehran }),
    nestedJson(2000),
  ]
  return ['news-items', 'media', 'users'].flatMap((collection) =>
    data.map((payload): Attempt => {
      const form = new FormData()
      form.append('_payload', payload)
      return { method: 'POST', path: `/api/${collection}`, body: form, as: 'editor' }
    }),
  )
}

function nestedKey(depth: number): string {
  return Array.from({ length: depth }, () => 'a').join('.')
}

function nestedJson(depth: number): string {
  return '{"title":"n","x":' + '['.repeat(depth) + ']'.repeat(depth) + '}'
}

function graphqlAttempts(next: () => number, count: number): Attempt[] {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!
  const queries = [
    '{ NewsItems { docs { id title } } }',
    '{ NewsItems(where: { title: { bogus: "x" } }) { docs { id } } }',
    '{ NewsItems(limit: -1, page: -1) { docs { id } } }',
    '{ Users { docs { email hash salt } } }',
    '{ ' + Array.from({ length: 500 }, (_, i) => `a${i}: NewsItems { totalDocs }`).join(' ') + ' }',
    '{ NewsItems { docs { ' + 'organization { parent { '.repeat(30) + 'id' + ' } }'.repeat(30) + ' } } }',
    'mutation { createNewsItem(data: { title: 123 }) { id } }',
    'mutation { updateNewsItem(id: "abc", data: { _status: published }) { id } }',
    'mutation { deleteNewsItem(id: 999999) { id } }',
    '{ __schema { types { name fields { name } } } }',
    'query { NewsItems { docs { id } ',
    '{ NewsItem(id: "%FF") { id } }',
    '',
  ]
  const attempts: Attempt[] = []
  for (let i = 0; i < count; i++) {
    const raw = pick([
      () => JSON.stringify({ query: pick(queries) }),
      () => JSON.stringify({ query: pick(queries), variables: pick(['x', [1], { a: { b: 1 } }, null]) }),
      () => JSON.stringify({ query: pick(queries), operationName: pick(['', 'nope', '__proto__']) }),
      () => JSON.stringify([{ query: pick(queries) }, { query: pick(queries) }]),
      () => '{"query": ',
      () => JSON.stringify({ queries: 1 }),
    ])()
    attempts.push({
      method: 'POST',
      path: '/api/graphql',
      body: raw,
      headers: { 'Content-Type': 'application/json' },
      as: next() < 0.5 ? 'editor' : 'anonymous',
    })
  }
  return attempts
}

function deliveryAttempts(next: () => number, count: number): Attempt[] {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!
  const attempts: Attempt[] = []
  for (let i = 0; i < count; i++) {
    const province = pick(['tehran', 'TEHRAN', '..', '%2e%2e', '%FF', 'ministry', '<script>', 'a'.repeat(500)])
    const type = pick(['news', 'press-releases', 'campaigns', 'feed.xml', '__proto__', ''])
    const rest = pick(['', '/feed.xml', '/feed.json', '/%FF%FE', '/' + 'x'.repeat(1000), '/..%2f..%2fetc'])
    const params = [
      `q=${pick(['%FF', 'ی', '%00', 'x'.repeat(250), '%E2%80%AE', '*', '%25'])}`,
      `limit=${pick(['1', '51', '-1', '1.5'])}`,
      `from=${pick(['2026-01-01', 'x', '9999-99-99'])}`,
      `category=${pick(['culture', '../../', '%00'])}`,
      `locale=${pick(['fa', 'en', 'xx'])}`,
      `page=${pick(['1', '0', '1e5'])}`,
    ].filter(() => next() < 0.4)
    attempts.push({
      method: pick(['GET', 'GET', 'HEAD', 'POST', 'DELETE']),
      path: `/api/delivery/v1/${province}/${type}${rest}?${params.join('&')}`,
    })
  }
  return attempts
}

/** The ids in each collection, as the admin sees them (drafts included). */
async function snapshot(): Promise<Record<string, number[]>> {
  const result: Record<string, number[]> = {}
  for (const collection of ['news-items', 'press-releases', 'campaigns', 'comments', 'categories', 'organizations', 'users', 'webhooks']) {
    const { body } = await http.json<{ docs: Array<{ id: number }> }>(`/api/${collection}?limit=1000&draft=true&depth=0&select[id]=true`, {
      headers: admin,
    })
    result[collection] = body.docs.map((doc) => doc.id).sort((a, b) => a - b)
  }
  return result
}

beforeAll(async () => {
  ;({ server } = await startOwnServer('hostile'))
  http = client(server.baseURL, TEST_SEED_PASSWORD)
  editor = await http.login('editor.tehran@demo.newsroom')
  admin = await http.login('admin@demo.newsroom')
  const { body } = await http.json<{ docs: Array<{ id: number }> }>('/api/organizations?where[slug][equals]=tehran')
  tehran = body.docs[0]!.id
})

afterAll(async () => {
  await server?.stop()
})

describe('hostile input', () => {
  it('never gets a 5xx, and changes nothing but what was validly created', async () => {
    const next = random(20261126)
    const attempts: Attempt[] = [
      ...queryAttempts(next, 700),
      ...bodyAttempts(next, 700),
      ...graphqlAttempts(next, 400),
      ...deliveryAttempts(next, 300),
      ...multipartAttempts(),
      { method: 'GET', path: `/api/news-items?${nestedWhere(300)}` },
      { method: 'GET', path: `/api/news-items?where[id][in]=${Array.from({ length: 20000 }, (_, i) => i).join(',')}` },
      {
        method: 'POST',
        path: '/api/news-items',
        body: JSON.stringify({ title: 'x'.repeat(10 * 1024 * 1024) }),
        headers: { 'Content-Type': 'application/json' },
        as: 'editor',
      },
      {
        method: 'POST',
        path: '/api/graphql',
        body: JSON.stringify({ query: '{ NewsItems { totalDocs } }', padding: 'p'.repeat(3 * 1024 * 1024) }),
        headers: { 'Content-Type': 'application/json' },
      },
    ]
    expect(attempts.length).toBeGreaterThanOrEqual(2000)
    const before = await snapshot()
    const createdDocs: Array<{ collection: string; id: number; body: string }> = []
    const failures: string[] = []
    const started = Date.now()
    // Bounded: a fixed list, eight at a time, each with its own timeout.
    for (let i = 0; i < attempts.length; i += 8) {
      await Promise.all(
        attempts.slice(i, i + 8).map(async (attempt) => {
          const auth = attempt.as === 'editor' ? editor : {}
          const response = await fetch(`${http.base}${attempt.path}`, {
            method: attempt.method,
            headers: { ...auth, ...attempt.headers },
            body: attempt.method === 'GET' || attempt.method === 'HEAD' ? undefined : attempt.body,
            signal: AbortSignal.timeout(20_000),
          }).catch((error: Error) => ({ status: 599, text: async () => error.message }) as unknown as Response)
          const text = await response.text().catch(() => '')
          if (response.status >= 500)
            failures.push(
              `${response.status} ${attempt.method} ${attempt.path.slice(0, 200)} ${String(attempt.body ?? '').slice(0, 120)} → ${text.slice(0, 200)}`,
            )
          if (attempt.method === 'POST' && response.status === 201) {
            const collection = attempt.path.split('/')[2]!.split('?')[0]!
            createdDocs.push({
              collection,
              id: (JSON.parse(text) as { doc: { id: number } }).doc.id,
              body: String(attempt.body).slice(0, 200),
            })
          }
        }),
      )
    }
    expect(failures, failures.slice(0, 10).join('\n')).toEqual([])
    expect(Date.now() - started).toBeLessThan(600_000)
    // Still answering, and only the valid creates changed anything.
    expect((await http.api('/api/delivery/v1/tehran/news')).status).toBe(200)
    for (const doc of createdDocs) {
      const found = await http.json(`/api/${doc.collection}/${doc.id}?draft=true&depth=0`, { headers: admin })
      expect(found.status, `created ${doc.collection} ${doc.id} from ${doc.body}`).toBe(200)
    }
    const after = await snapshot()
    for (const collection of Object.keys(before)) {
      const expected = [...before[collection]!, ...createdDocs.filter((doc) => doc.collection === collection).map((doc) => doc.id)].sort(
        (a, b) => a - b,
      )
      expect(after[collection], collection).toEqual(expected)
    }
  }, 900_000)
})
