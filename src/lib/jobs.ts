import type { Config, JobsConfig } from 'payload'

type AutoRunEntry = Exclude<NonNullable<JobsConfig['autoRun']>, (...args: never[]) => unknown>[number]

/**
 * A plugin adds its tasks and runner entries to the jobs config, keeping everyone else's (in any
 * order of plugins); the policy of the whole queue (who may run it, which instance runs it) is the
 * application's, set in payload.config.ts.
 */
export function withJobs(config: Config, jobs: { tasks: NonNullable<JobsConfig['tasks']>; autoRun: AutoRunEntry[] }): Config {
  const existing = config.jobs?.autoRun
  const autoRun: JobsConfig['autoRun'] =
    typeof existing === 'function'
      ? async (payload) => [...(await existing(payload)), ...jobs.autoRun]
      : [...(existing ?? []), ...jobs.autoRun]
  return { ...config, jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...jobs.tasks], autoRun } }
}
