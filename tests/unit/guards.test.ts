import { describe, expect, it } from 'vitest'

import { bodyProblem } from '@/edge/bodyGuard'
import { queryProblem } from '@/edge/queryGuard'

describe('queryProblem', () => {
  it('accepts what the admin and API clients send', () => {
    for (const query of [
      '',
      'limit=10&page=2&depth=1&sort=-updatedAt&locale=fa&draft=true',
      'where[or][0][and][0][title][like]=%D8%AE%D8%A8%D8%B1&where[or][0][and][1][_status][equals]=draft',
      'where[id][in][0]=1&where[id][in][1]=2',
      'where[version._status][equals]=published&where[parent][equals]=3',
      'select[title]=true&populate[media][alt]=true&joins[comments][limit]=5',
      'sort=title,-publishedAt',
    ]) {
      expect(queryProblem(query), query).toBeNull()
    }
  })

  it('refuses malformed queries with a message naming the problem', () => {
    const cases: Array<[string, RegExp]> = [
      ['where[title][all]=1', /operator/],
      ['where[title][$ne]=1', /operator/],
      ['where[__proto__][equals]=1', /where/],
      ['where[constructor.prototype][equals]=1', /field/],
      ['where[][equals]=1', /where/],
      ['where[title]=1', /operator/],
      ['limit=-1', /limit/],
      ['page=0', /page/],
      ['depth=100', /depth/],
      ['sort=__proto__', /sort/],
      ['locale=../x', /locale/],
      ['draft={}', /draft/],
      ['select[hash!]=true', /select/],
      ['q=%FF%FE', /percent-encoded/],
      [`where[id][in]=${Array.from({ length: 600 }, (_, i) => i).join(',')}`, /more than 500/],
      ['where' + '[and][0]'.repeat(40) + '[title][equals]=x', /nested too deeply/],
    ]
    for (const [query, message] of cases) {
      expect(queryProblem(query), query).toMatch(message)
    }
  })
})

describe('bodyProblem', () => {
  it('accepts ordinary JSON objects and an empty body', () => {
    expect(bodyProblem('', false)).toBeNull()
    expect(bodyProblem(JSON.stringify({ title: 'خبر', organization: 3, gallery: [1, 2] }), false)).toBeNull()
    expect(bodyProblem(JSON.stringify({ query: '{ NewsItems { totalDocs } }', variables: { a: 1 } }), true)).toBeNull()
  })

  it('refuses what Payload would answer with a 500', () => {
    const cases: Array<[string, boolean, RegExp]> = [
      ['null', false, /object/],
      ['"text"', false, /object/],
      ['[1,2]', false, /object/],
      ['{"title": "unterminated', false, /not valid JSON/],
      ['{"__proto__": {"isAdmin": true}}', false, /__proto__/],
      ['{"a": {"constructor": {"prototype": 1}}}', false, /constructor/],
      [JSON.stringify({ title: 'a\u0000b' }), false, /NUL/],
      ['{"x":' + '['.repeat(100) + ']'.repeat(100) + '}', false, /nested/],
      ['[{"query": "{ a }"}]', true, /object/],
      ['{"queries": 1}', true, /query/],
      [JSON.stringify({ query: '{ a }', variables: [1] }), true, /variables/],
    ]
    for (const [body, graphql, message] of cases) {
      expect(bodyProblem(body, graphql), body.slice(0, 40)).toMatch(message)
    }
  })
})

describe('graphqlProblem', () => {
  it('refuses documents that would tie the handler up, and leaves ordinary ones', async () => {
    const { graphqlProblem } = await import('@/edge/graphqlShape')
    expect(graphqlProblem('{ NewsItems(limit: 10) { docs { id title } } }')).toBeNull()
    expect(graphqlProblem('query { NewsItems { docs { id } ')).toBeNull()
    expect(graphqlProblem('{ ' + Array.from({ length: 100 }, (_, i) => `a${i}: NewsItems { totalDocs }`).join(' ') + ' }')).toMatch(
      /root fields/,
    )
    expect(graphqlProblem('{ NewsItems(limit: -1) { docs { id } } }')).toMatch(/limit/)
    expect(graphqlProblem('{ NewsItems { docs { ' + 'organization { parent { '.repeat(8) + 'id' + ' } }'.repeat(8) + ' } } }')).toMatch(
      /nest/,
    )
  })
})

describe('requireLexicalShape', () => {
  it('lets well-formed documents through and refuses malformed ones with a 400', async () => {
    const { requireLexicalShape } = await import('@/fields/lexicalShape')
    const run = (value: unknown) => requireLexicalShape({ value, path: ['body'] } as never)
    const good = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'سلام' }] }] } }
    expect(run(good)).toBe(good)
    expect(run(null)).toBeNull()
    for (const bad of [
      { root: { type: 'root', children: 'x' } },
      { root: { children: [] } },
      { nothing: true },
      { root: { type: 'root', children: [null] } },
    ]) {
      expect(() => run(bad), JSON.stringify(bad)).toThrow(expect.objectContaining({ status: 400 }))
    }
  })
})
