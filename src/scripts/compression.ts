import zlib from 'zlib'

/**
 * Response compression as Next.js's router applies it (its bundled `compression` middleware):
 * gzip when the client accepts it. A route's body reaches that middleware as a stream, with no
 * length, so its 1 KB threshold never applies. Used for answers sent before Next.js
 * (./earlyFront.ts), so a client gets the same bytes on the wire whichever way its request went.
 */

/**
 * 'gzip' or 'identity' where the choice is plain: no Accept-Encoding, or a list of codings
 * without weights. Weights, wildcards, or deflate without gzip need the middleware's full
 * negotiation: undefined, and the request goes to Next.js.
 */
export function plainEncoding(acceptEncoding: string | undefined): 'gzip' | 'identity' | undefined {
  if (acceptEncoding === undefined || acceptEncoding.trim() === '') return 'identity'
  const codings = acceptEncoding.split(',').map((coding) => coding.trim().toLowerCase())
  if (codings.some((coding) => coding.includes(';') || coding === '*')) return undefined
  if (codings.includes('gzip')) return 'gzip'
  return codings.includes('deflate') ? undefined : 'identity'
}

/** Compressed once per cached body: the cache's entries are immutable and outlive many hits. */
const gzipped = new WeakMap<Buffer, Buffer>()

export function gzip(body: Buffer): Buffer {
  let compressed = gzipped.get(body)
  if (!compressed) {
    compressed = zlib.gzipSync(body)
    gzipped.set(body, compressed)
  }
  return compressed
}
