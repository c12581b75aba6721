import { describe, expect, it } from 'vitest'

import { deliveryCache } from '@/delivery/cache'

const later = async () => Date.now() + 60_000
const megabyte = 'x'.repeat(1024 * 1024)

describe('the delivery cache', () => {
  it('keeps its answers within a byte budget, dropping the least recently used first', async () => {
    const cache = deliveryCache()
    cache.invalidate()
    await cache.get(
      'first',
      async () => megabyte,
      later,
      (text) => text,
    )
    for (let i = 0; i < 40; i++) {
      await cache.get(
        `answer-${i}`,
        async () => megabyte,
        later,
        (text) => text,
      )
      await cache.get(
        'first',
        async () => 'recomputed',
        later,
        (text) => text,
      ) // used again: stays
    }
    expect(cache.size).toBeLessThan(30)
    expect(
      (
        await cache.get(
          'first',
          async () => 'recomputed',
          later,
          (text) => text,
        )
      ).body.length,
    ).toBe(megabyte.length)
    let computed = false
    await cache.get(
      'answer-0',
      async () => ((computed = true), megabyte),
      later,
      (text) => text,
    )
    expect(computed).toBe(true)
  })

  it('serves the stored bytes and ETag until invalidated', async () => {
    const cache = deliveryCache()
    const first = await cache.get('list', async () => ({ docs: ['خبر'] }), later)
    const second = await cache.get('list', async () => ({ docs: ['other'] }), later)
    expect(second.etag).toBe(first.etag)
    expect(JSON.parse(second.body.toString('utf8'))).toEqual({ docs: ['خبر'] })
    cache.invalidate()
    expect((await cache.get('list', async () => ({ docs: ['other'] }), later)).etag).not.toBe(first.etag)
  })
})
