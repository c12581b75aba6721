/**
 * Runs once when the Next.js server starts: boots Payload with its job runner, so migrations are
 * applied and scheduled publications run from the first second — not only after the first
 * request reaches a restarted server — and SQLite's planner statistics are refreshed. On
 * SIGTERM the runner stops taking jobs and the process waits for the ones under way
 * (src/scripts/serve.ts runs the drain).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { recordPeerAddresses } = await import('./config/peerAddress')
  // Before the first request: the audit log needs the address that actually connected.
  recordPeerAddresses()
  const [{ getPayload }, { default: config }, { keepPlannerStatistics }, { onDrain }, { stopJobRunners }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('./db/plannerStatistics'),
    import('./lib/lifecycle'),
    import('./lib/jobRunners'),
  ])
  const payload = await getPayload({ config, cron: true })
  onDrain('job runners', () => stopJobRunners(payload))
  // Not awaited: the server answers while the statistics are gathered.
  void keepPlannerStatistics(payload)
}
