import fs from 'fs'

import { CACHE_CONTROL, CORS_HEADERS } from '@/delivery/http'

export const dynamic = 'force-dynamic'

let body: Buffer | undefined

/**
 * The benchmark's "framework floor" (scenario E in tests/bench): an empty Next.js route handler
 * answering with the same bytes and headers as a cached delivery list, so the benchmark can tell
 * our cost from the framework's. It exists only when BENCH_FLOOR_BODY_FILE names a file (the
 * benchmark sets it on its own server); everywhere else it is a 404 like any unknown path.
 */
export function GET(): Response {
  const file = process.env.BENCH_FLOOR_BODY_FILE
  if (!file) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
  body ??= fs.readFileSync(file)
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      ...CORS_HEADERS,
      ETag: '"bench-floor"',
      'Cache-Control': CACHE_CONTROL,
      Vary: 'Accept-Encoding',
      'Content-Type': 'application/json; charset=utf-8',
    },
  })
}
