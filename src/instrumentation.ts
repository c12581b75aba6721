/**
 * Runs once when the Next.js server starts: boots Payload with its job runner, so migrations are
 * applied and scheduled publications run from the first second — not only after the first
 * request reaches a restarted server — and SQLite's planner statistics are refreshed.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { recordPeerAddresses } = await import('./config/peerAddress')
  // Before the first request: the audit log needs the address that actually connected.
  recordPeerAddresses()
  const [{ getPayload }, { default: config }, { keepPlannerStatistics }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('./db/plannerStatistics'),
  ])
  // Not awaited: the server answers while the statistics are gathered.
  void keepPlannerStatistics(await getPayload({ config, cron: true }))
}
