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
 * How often, at most, a node asks the database for the delivery epoch (src/delivery/epoch.ts)
 * before answering from its cache. A node serves what it cached only while its last look at the
 * epoch began less than this long ago, so a change is gone from every node within this time of its
 * request returning, plus the time to answer. The bound is one second end to end; a full
 * second here would leave no room for the answer itself, hence a quarter of it is kept for that.
 */
export const EPOCH_CHECK_MS = 750

type EpochWatch = { read: () => Promise<string | null>; seen?: string | null; checkedAt: number; checking?: Promise<void> }

/**
 * The delivery API's in-process cache: computed answers with their JSON bytes and strong ETag.
 * Any public change (publish, unpublish, edit of live content, media or organization change)
 * empties it on the node that wrote before the write's request returns, and advances the delivery
 * epoch, which every other node checks at most every EPOCH_CHECK_MS before answering from its
 * cache. Entries also expire at the next embargo end, when a release becomes public with no write
 * at all.
 *
 * Kept on globalThis: Next.js may load the API routes and the delivery routes as separate
 * module graphs, and they must share one cache, or invalidation would miss half of it.
 */
class DeliveryCache {
  private entries = new Map<string, CachedAnswer<unknown>>()
  private bytes = 0
  private generation = 0
  private epoch: EpochWatch | null = null

  /** From now on, answers are served only after a look at the epoch `read` returns (see EPOCH_CHECK_MS). */
  followEpoch(read: () => Promise<string | null>): void {
    this.epoch = { read, checkedAt: -Infinity }
  }

  async get<T>(
    key: string,
    compute: () => Promise<T>,
    expiresAt: (value: T) => Promise<number>,
    serialize: (value: T) => string = JSON.stringify,
  ): Promise<CachedAnswer<T>> {
    await this.checkEpoch()
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

  /**
   * One look at the epoch for all the requests that need it now. Timed from when the look began:
   * a change that committed before then is seen. A failed look fails the request (its answer
   * could no longer be vouched for) and the next request looks again.
   */
  private async checkEpoch(): Promise<void> {
    const epoch = this.epoch
    if (!epoch || Date.now() - epoch.checkedAt < EPOCH_CHECK_MS) return
    epoch.checking ??= (async () => {
      const startedAt = Date.now()
      try {
        const token = await epoch.read()
        if (token !== epoch.seen) this.invalidate()
        epoch.seen = token
        epoch.checkedAt = startedAt
      } finally {
        epoch.checking = undefined
      }
    })()
    await epoch.checking
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
