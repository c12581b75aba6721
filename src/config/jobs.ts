import type { JobsConfig } from 'payload'

import { isAdmin } from '@/access/roles'

/**
 * The policy of the whole jobs queue; features add their own tasks and runner entries
 * (src/lib/jobs.ts). The runner starts with the server (src/instrumentation.ts; one-off scripts
 * do not run jobs) in every process unless JOBS_AUTORUN=false, for web instances when a dedicated
 * worker runs the queue. Only admins may trigger a run through the API.
 */
export const jobsPolicy: JobsConfig = {
  shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  access: { run: ({ req }) => isAdmin(req.user) },
}
