import { describe, expect, it } from 'vitest'

import { MAX_JSON_BYTES } from '@/edge/bodyLimit'
import { multipartDataRefusal, requestBodyRefusal, type BodyRequest } from '@/edge/requestBody'

const FORM = 'application/x-www-form-urlencoded'
const post = (over: Partial<BodyRequest>): BodyRequest => ({
  method: 'POST',
  contentType: 'application/json',
  methodOverride: null,
  text: '',
  ...over,
})

describe('requestBodyRefusal', () => {
  it('lets the admin’s relationship queries through: POST + method override GET with a form-encoded query', () => {
    // What @payloadcms/ui's relationship field sends to label the organization and list categories.
    const labels = 'depth=0&draft=true&limit=1&locale=fa&where[id][in][0]=29&where[id][in][1]=30'
    const options = 'depth=0&limit=10&page=1&sort=title&where[and][0][title][like]=%D8%AE%D8%A8%D8%B1'
    expect(requestBodyRefusal(post({ contentType: FORM, methodOverride: 'GET', text: labels }))).toBeNull()
    expect(requestBodyRefusal(post({ contentType: `${FORM}; charset=UTF-8`, methodOverride: 'get', text: options }))).toBeNull()
    // Long lists of (MongoDB) ids are why the admin sends the query as a body: longer than a URL's limit is fine.
    const many = Array.from(
      { length: 450 },
      (_, i) => `where[id][in][${i}]=${(0x64f0c2a1b3e4d5f6a7b8n + BigInt(i)).toString(16).padStart(24, '0')}`,
    ).join('&')
    expect(many.length).toBeGreaterThan(16_384)
    expect(requestBodyRefusal(post({ contentType: FORM, methodOverride: 'GET', text: many }))).toBeNull()
  })

  it('checks a query sent as a body exactly like a GET’s query string', () => {
    for (const text of ['where[title][$ne]=1', 'where[__proto__][equals]=1', 'limit=-1', 'depth=100', 'q=%FF%FE']) {
      expect(requestBodyRefusal(post({ contentType: FORM, methodOverride: 'GET', text })), text).toMatchObject({ status: 400 })
    }
    expect(requestBodyRefusal(post({ contentType: FORM, methodOverride: 'GET', text: 'a=' + 'x'.repeat(MAX_JSON_BYTES) }))).toMatchObject({
      status: 413,
    })
  })

  it('refuses form bodies without the override, on other methods and to GraphQL: Payload would read them as no data', () => {
    expect(requestBodyRefusal(post({ contentType: FORM, text: 'title=x' }))).toMatchObject({ status: 415 })
    expect(requestBodyRefusal(post({ contentType: FORM, methodOverride: 'DELETE', text: 'title=x' }))).toMatchObject({ status: 415 })
    expect(requestBodyRefusal(post({ method: 'PATCH', contentType: FORM, methodOverride: 'GET', text: 'limit=1' }))).toMatchObject({
      status: 415,
    })
    expect(requestBodyRefusal(post({ contentType: FORM, methodOverride: 'GET', text: 'query=x', graphql: true }))).toMatchObject({
      status: 415,
    })
    expect(requestBodyRefusal(post({ contentType: 'text/plain', methodOverride: 'GET', text: 'limit=1' }))).toMatchObject({ status: 415 })
  })

  it('keeps the JSON rules, with or without the override', () => {
    expect(requestBodyRefusal(post({ text: JSON.stringify({ title: 'خبر' }) }))).toBeNull()
    expect(requestBodyRefusal(post({ text: '', contentType: 'text/plain' }))).toBeNull()
    expect(requestBodyRefusal(post({ text: '{"__proto__": {}}' }))).toMatchObject({ status: 400 })
    expect(requestBodyRefusal(post({ text: '{"__proto__": {}}', methodOverride: 'GET' }))).toMatchObject({ status: 400 })
    expect(requestBodyRefusal(post({ text: '[1]', graphql: true }))).toMatchObject({ status: 400 })
  })
})

describe('multipartDataRefusal', () => {
  it("holds a form's _payload to the rules of a JSON body", () => {
    // Controls: an upload's data, and a form without any.
    expect(multipartDataRefusal(JSON.stringify({ alt: 'تصویر', organization: 29 }))).toBeNull()
    expect(multipartDataRefusal(null)).toBeNull()
    for (const data of [
      '"just a string"',
      'null',
      '[1,2]',
      '{"title":"unterminated',
      '{"__proto__":{"isAdmin":true}}',
      '{"t":"a\u0000b"}',
    ]) {
      expect(multipartDataRefusal(data), data).toMatchObject({ status: 400 })
    }
    expect(multipartDataRefusal(`{"t":"${'x'.repeat(MAX_JSON_BYTES)}"}`)).toMatchObject({ status: 413 })
  })
})
