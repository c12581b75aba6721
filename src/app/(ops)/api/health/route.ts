/**
 * Liveness, for the load balancer or orchestrator: the process answers HTTP. It checks nothing
 * else (a database outage must not get every node restarted); readiness (./ready) does. Open to
 * anyone and says nothing about the deployment.
 */
export const dynamic = 'force-dynamic'

export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
}

export const HEAD = GET
