/**
 * Runs once when the Next.js server starts: boots Payload with its job runner, so migrations are
 * applied and scheduled publications run from the first second — not only after the first
 * request reaches a restarted server — SQLite's planner statistics are refreshed, and live
 * documents without stored delivery answers get them; images in the texts of documents published
 * before such images were recorded go public (src/hooks/liveBodyImages.ts); on MongoDB, content
 * slugs made unique before lose that index (src/db/slugIndexes.ts); and job claims are
 * leases, renewed while their jobs run and released when their node stopped (src/db/jobLease.ts).
 * On SIGTERM the runner stops taking jobs and the process waits for the ones under way
 * (src/scripts/serve.ts runs the drain).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { recordPeerAddresses } = await import('./config/peerAddress')
  // Before the first request: the audit log needs the address that actually connected.
  recordPeerAddresses()
  const [
    { getPayload },
    { default: config },
    { keepPlannerStatistics },
    { keepJobLeases },
    { onDrain },
    { stopJobRunners },
    { backfillStoredAnswers },
    { exposeLiveBodyImages },
    { dropStaleUniqueSlugIndexes },
  ] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('./db/plannerStatistics'),
    import('./db/jobLease'),
    import('./lib/lifecycle'),
    import('./lib/jobRunners'),
    import('./delivery'),
    import('./hooks/liveBodyImages'),
    import('./db/slugIndexes'),
  ])
  const payload = await getPayload({ config, cron: true })
  onDrain('job runners', () => stopJobRunners(payload))
  keepJobLeases(payload)
  // Not awaited: the server answers while the statistics are gathered and the answers queued.
  void keepPlannerStatistics(payload)
  void backfillStoredAnswers(payload).catch((error: unknown) =>
    payload.logger.warn({ err: error, msg: 'queueing stored delivery answers failed' }),
  )
  void dropStaleUniqueSlugIndexes(payload).catch((error: unknown) =>
    payload.logger.warn({ err: error, msg: 'replacing the unique slug indexes of content failed' }),
  )
  void exposeLiveBodyImages(payload).catch((error: unknown) =>
    payload.logger.warn({ err: error, msg: 'making the images in live texts public failed' }),
  )
}
