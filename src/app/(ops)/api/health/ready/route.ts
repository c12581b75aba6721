import { newsroom } from '@/app/newsroom'
import { databaseAnswers } from '@/db/ping'
import { isDraining } from '@/lib/lifecycle'

/**
 * Readiness, for the load balancer: 200 while this node should get traffic, 503 while it shuts
 * down (SIGTERM, src/scripts/serve.ts) or its database does not answer. Open to anyone; the body
 * is one word, never an error message or a version.
 */
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const status = isDraining() ? 'draining' : (await databaseReady()) ? 'ok' : 'unavailable'
  return Response.json({ status }, { status: status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } })
}

export const HEAD = GET

async function databaseReady(): Promise<boolean> {
  try {
    return await databaseAnswers(await newsroom())
  } catch {
    // Payload could not start (its database refused at boot): not ready, and nothing to tell.
    return false
  }
}
