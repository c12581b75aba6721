import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { scopeWhere } from '@/access/scope'
import { requestIp } from '@/config/peerAddress'
import { publicOrigin } from '@/config/serverUrl'
import { refsOf } from '@/integrity/readableRelations'
import { crossesRelation, wherePaths } from '@/integrity/relationPaths'

const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv

const FIELDS = [
  { name: 'title', type: 'text' },
  { name: 'campaign', type: 'relationship', relationTo: 'campaigns' },
  { name: 'document', type: 'relationship', relationTo: ['news-items', 'campaigns'] },
  {
    name: 'contact',
    type: 'group',
    flattenedFields: [
      { name: 'name', type: 'text' },
      { name: 'office', type: 'relationship', relationTo: 'organizations' },
    ],
  },
  { name: 'rows', type: 'array', flattenedFields: [{ name: 'image', type: 'upload', relationTo: 'media' }] },
] as unknown as FlattenedField[]

describe('query paths through relationships', () => {
  it.each([
    ['title', false],
    ['campaign', false],
    ['campaign.id', false],
    ['document.value', false],
    ['document.relationTo', false],
    ['contact.name', false],
    ['campaign.objective', true],
    ['campaign.organization.name', true],
    ['document.value.title', true],
    ['contact.office.name', true],
    ['rows.image.alt', true],
    ['rows.image', false],
  ])('%s crosses: %s', (path, expected) => {
    expect(crossesRelation(FIELDS, path.split('.'))).toBe(expected)
  })

  it('finds the paths inside and/or', () => {
    expect(wherePaths({ and: [{ a: { equals: 1 } }, { or: [{ 'b.c': { like: 'x' } }] }], d: { exists: true } }).sort()).toEqual([
      'a',
      'b.c',
      'd',
    ])
  })
})

describe('relationship values', () => {
  it('reads plain, populated, many and polymorphic values', () => {
    expect(refsOf('media', 3)).toEqual([{ relationTo: 'media', id: '3' }])
    expect(refsOf('media', [{ id: 4 }, 5, null])).toEqual([
      { relationTo: 'media', id: '4' },
      { relationTo: 'media', id: '5' },
    ])
    expect(refsOf(['news-items', 'campaigns'], { relationTo: 'campaigns', value: { id: 7 } })).toEqual([
      { relationTo: 'campaigns', id: '7' },
    ])
  })
})

describe('the audit log’s client address', () => {
  const req = (headers: Record<string, string>) => ({ headers: new Headers(headers) })

  it('ignores X-Forwarded-For without TRUSTED_PROXIES: the connecting address counts', () => {
    expect(requestIp(req({ 'x-newsroom-peer': '::ffff:192.0.2.5', 'x-forwarded-for': '203.0.113.9' }), env({}))).toBe('192.0.2.5')
  })

  it('follows X-Forwarded-For from the right past trusted proxies only', () => {
    const trusted = env({ TRUSTED_PROXIES: '10.0.0.1, 10.0.0.2' })
    expect(requestIp(req({ 'x-newsroom-peer': '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.1' }), trusted)).toBe(
      '203.0.113.9',
    )
    // A client that connects directly is not a proxy, whatever it claims.
    expect(requestIp(req({ 'x-newsroom-peer': '198.51.100.1', 'x-forwarded-for': '203.0.113.9' }), trusted)).toBe('198.51.100.1')
  })

  it('is empty without a client (Local API, jobs)', () => {
    expect(requestIp(req({}), env({}))).toBe('')
  })
})

describe('the origin of public absolute URLs', () => {
  it('is SERVER_URL without its trailing slash, and relative when unset', () => {
    expect(publicOrigin(env({ SERVER_URL: 'https://news.example.ir/' }))).toBe('https://news.example.ir')
    expect(publicOrigin(env({}))).toBe('')
  })
})

describe('a scope as a query constraint (scopeWhere)', () => {
  it('is no constraint at all for an admin', () => {
    expect(scopeWhere('all')).toBe(true)
    expect(scopeWhere('all', 'version.organization')).toBe(true)
  })

  it('limits the organization to the scope, or the field named', () => {
    expect(scopeWhere([1, 2])).toEqual({ organization: { in: [1, 2] } })
    expect(scopeWhere(['a1'], 'webhook.province')).toEqual({ 'webhook.province': { in: ['a1'] } })
  })

  it('matches nothing for an empty scope (an account without an organization), never everything', () => {
    expect(scopeWhere([])).toEqual({ organization: { in: [] } })
  })
})
