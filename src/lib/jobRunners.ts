import type { Payload } from 'payload'

const POLL_MS = 50

/**
 * Stops this process's job runners (Payload's autoRun crons) from starting another run, then
 * waits for the runs under way: their jobs end as they would have, and none is left marked
 * `processing` by a process that exited mid-job (Payload never takes such a job up again).
 */
export async function stopJobRunners(payload: Payload): Promise<void> {
  const crons = payload.crons.splice(0, payload.crons.length)
  for (const cron of crons) cron.stop()
  while (crons.some((cron) => cron.isBusy())) await new Promise((resolve) => setTimeout(resolve, POLL_MS))
}
