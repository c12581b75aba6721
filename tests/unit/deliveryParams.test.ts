import { describe, expect, it } from 'vitest'

import { DEFAULT_LIMIT, DeliveryError, MAX_LIMIT, parseListParams, parseLocale } from '@/delivery/params'

const parse = (query: string) => parseListParams(new URLSearchParams(query))
const refusal = (query: string) => {
  try {
    parse(query)
  } catch (error) {
    if (error instanceof DeliveryError) return { status: error.status, message: error.message }
    throw error
  }
  return null
}

describe('parseListParams: the delivery list contract', () => {
  it('has the documented defaults', () => {
    expect(parse('')).toEqual({ locale: 'fa', page: 1, limit: DEFAULT_LIMIT })
  })

  it('reads every documented parameter', () => {
    const params = parse('locale=en&page=3&limit=50&category=health&campaign=پویش-ملی&q=  شورای  &from=2026-11-01&to=2026-11-30T08:00:00Z')
    expect(params).toEqual({
      locale: 'en',
      page: 3,
      limit: MAX_LIMIT,
      category: 'health',
      campaign: 'پویش-ملی',
      q: 'شورای',
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-30T08:00:00.000Z',
    })
    // A blank question is no question.
    expect(parse('q=%20%20').q).toBeUndefined()
  })

  it('answers every mistake with a 400 that names the parameter', () => {
    const cases: Array<[string, RegExp]> = [
      ['sort=title', /Unknown parameter "sort"/],
      ['page=1&page=2', /"page" is given more than once/],
      ['locale=de', /"locale"/],
      ['page=0', /"page"/],
      ['page=-1', /"page"/],
      ['page=1e3', /"page"/],
      ['limit=51', /"limit"/],
      ['limit=0', /"limit"/],
      ['category=a/b', /"category"/],
      ['campaign=', /"campaign"/],
      [`q=${'ک'.repeat(201)}`, /"q"/],
      ['from=yesterday', /"from"/],
      ['to=2026-13-45', /"to"/],
      ['from=2026-11-30&to=2026-11-01', /"from" must not be later than "to"/],
    ]
    for (const [query, message] of cases) {
      const answer = refusal(query)
      expect(answer?.status, query).toBe(400)
      expect(answer?.message, query).toMatch(message)
    }
  })

  it('parseLocale accepts only the two portal languages', () => {
    expect(parseLocale(null)).toBe('fa')
    expect(parseLocale('en')).toBe('en')
    expect(() => parseLocale('EN')).toThrow(DeliveryError)
  })
})
