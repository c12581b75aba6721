import crypto from 'crypto'

/** `body` is the answer's UTF-8 bytes, kept encoded so a cache hit writes them as they are. */
export type CachedAnswer<T> = { value: T; body: Buffer; etag: string; expiresAt: number }

const MAX_ENTRIES = 5_000
/**
 * What the cached answers may hold, counted as their bytes (each also keeps its value, a few
 * times larger as objects). Cold article reads and one-off searches would otherwise fill all
 * 5,000 entries with large answers: the benchmark saw the server pass 1.2 GB.
 */
const MAX_BYTES = 24 * 1024 * 1024
export const MAX_AGE_SECONDS = 60

/**
 * The delivery API's in-process cache: computed answers with their JSON bytes and strong ETag.
 * Any public change (publish, unpublish, edit of live content, media or organization change)
 * empties it before the write's request returns. Entries also expire at the next embargo end,
 * when a release becomes public with no write at all.
 *
 * Kept on globalThis: Next.js may load the API routes and the delivery routes as separate
 * module graphs, and they must share one cache, or invalidation would miss half of it.
 */
class DeliveryCache {
  private entries = new Map<string, CachedAnswer<unknown>>()
  private bytes = 0
  private generation = 0

  async get<T>(
    key: string,
    compute: () => Promise<T>,
    expiresAt: (value: T) => Promise<number>,
    serialize: (value: T) => string = JSON.stringify,
  ): Promise<CachedAnswer<T>> {
    const hit = this.entries.get(key)
    if (hit && hit.expiresAt > Date.now()) {
      // Refresh recency so that the eviction below drops the least recently used entries.
      this.entries.delete(key)
      this.entries.set(key, hit)
      return hit as CachedAnswer<T>
    }
    const generation = this.generation
    const value = await compute()
    const body = Buffer.from(serialize(value))
    const answer: CachedAnswer<T> = { value, body, etag: strongEtag(body), expiresAt: await expiresAt(value) }
    // An invalidation while computing means the value may already be stale: serve it, keep it not.
    if (generation === this.generation) {
      const replaced = this.entries.get(key)
      if (replaced) this.bytes -= replaced.body.length
      this.entries.set(key, answer)
      this.bytes += body.length
      while (this.entries.size > MAX_ENTRIES || (this.bytes > MAX_BYTES && this.entries.size > 1)) {
        const [oldestKey, oldest] = this.entries.entries().next().value!
        this.entries.delete(oldestKey)
        this.bytes -= oldest.body.length
      }
    }
    return answer
  }

  invalidate(): void {
    this.generation++
    this.entries.clear()
    this.bytes = 0
  }

  get size(): number {
    return this.entries.size
  }
}

export function strongEtag(body: Buffer | string): string {
  return `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
}

const globalKey = Symbol.for('pr-newsroom.delivery-cache')
type WithCache = typeof globalThis & { [globalKey]?: DeliveryCache }

export function deliveryCache(): DeliveryCache {
  const holder = globalThis as WithCache
  holder[globalKey] ??= new DeliveryCache()
  return holder[globalKey]
}
