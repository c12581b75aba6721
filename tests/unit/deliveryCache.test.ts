import { describe, expect, it, vi } from 'vitest'

import { deliveryCache, EPOCH_CHECK_MS } from '@/delivery/cache'

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

describe('the delivery epoch, as another node changes it', () => {
  it('is read at most once per EPOCH_CHECK_MS, shared by the requests waiting for it, and a new token empties the cache', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const cache = deliveryCache()
      let token = 'first'
      let reads = 0
      cache.followEpoch(async () => {
        reads++
        return token
      })
      let computed = 0
      const answer = () => cache.get('article', async () => ++computed, later)

      expect((await answer()).value).toBe(1)
      expect(reads).toBe(1)

      // An unchanged token keeps the cache; requests arriving together share one look.
      vi.advanceTimersByTime(EPOCH_CHECK_MS)
      const together = await Promise.all([answer(), answer(), answer()])
      expect(together.map((hit) => hit.value)).toEqual([1, 1, 1])
      expect(reads).toBe(2)

      // Another node unpublishes: until this node's next look it may serve what it has.
      token = 'second'
      vi.advanceTimersByTime(EPOCH_CHECK_MS - 1)
      expect((await answer()).value).toBe(1)
      expect(reads).toBe(2)

      vi.advanceTimersByTime(1)
      expect((await answer()).value).toBe(2)
      expect(reads).toBe(3)
    } finally {
      vi.useRealTimers()
    }
  })

  it('does not keep an answer computed while the epoch moved', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const cache = deliveryCache()
      let token = 'one'
      cache.followEpoch(async () => token)
      await cache.get('warm-up', async () => 0, later)
      // The computation began before the change and ends after this node saw it.
      const slow = cache.get(
        'list',
        async () => {
          token = 'two'
          vi.advanceTimersByTime(EPOCH_CHECK_MS)
          await cache.get('other', async () => 0, later)
          return 'old'
        },
        later,
      )
      expect((await slow).value).toBe('old')
      expect((await cache.get('list', async () => 'new', later)).value).toBe('new')
    } finally {
      vi.useRealTimers()
    }
  })

  it('fails the request when the epoch cannot be read, and looks again on the next one', async () => {
    const cache = deliveryCache()
    let fail = true
    cache.followEpoch(async () => {
      if (fail) throw new Error('database unavailable')
      return 'token'
    })
    await expect(cache.get('x', async () => 1, later)).rejects.toThrow('database unavailable')
    fail = false
    expect((await cache.get('x', async () => 2, later)).value).toBe(2)
  })
})
