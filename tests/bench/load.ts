import autocannon from 'autocannon'

import { rssSampler, untilIdle } from './memory'

/** `serverPgid`: the server's process group, whose peak RSS during the run is reported and which is let go idle after it. */
export type LoadOptions = { connections: number; seconds: number; serverPgid?: number }

export type LoadResult = {
  name: string
  requestsPerSecond: number
  p50: number
  p99: number
  requests: number
  errors: number
  non2xx: number
  /** Distinct paths requested: shows whether a "cold" scenario really kept missing the cache. */
  distinctPaths: number
  /** Peak RSS of the server's processes during this run, when its process group was given. */
  peakRssMb: number | null
}

/**
 * Drives `base` with autocannon for a fixed time at a fixed number of connections; `nextPath`
 * chooses each request's path, so a scenario can spread over many URLs or never repeat one.
 */
export async function runLoad(name: string, base: string, nextPath: () => string, options: LoadOptions): Promise<LoadResult> {
  const paths = new Set<string>()
  const sampler = options.serverPgid ? rssSampler(options.serverPgid) : undefined
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (request: Record<string, unknown>) => {
          const path = nextPath()
          paths.add(path)
          return { ...request, path }
        },
      },
    ],
  })
  const peakRssMb = sampler ? sampler.stop() : null
  if (options.serverPgid) {
    // The next scenario starts on an idle server, not beside this one's abandoned requests.
    const busyMs = await untilIdle(options.serverPgid)
    if (busyMs > 2_000) console.log(`  (the server went on working for ${Math.round(busyMs / 1000)} s after ${name} ended)`)
  }
  return {
    name,
    requestsPerSecond: Math.round(result.requests.total / options.seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    distinctPaths: paths.size,
    peakRssMb,
  }
}

/** Requests every path once, a few at a time: what a "warm" scenario has seen before it is measured. */
export async function warm(base: string, paths: string[], parallel = 8): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < paths.length) {
      const response = await fetch(base + paths[next++])
      await response.arrayBuffer()
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker))
}
