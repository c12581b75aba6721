import type { Config, Plugin } from 'payload'

import { withJobs } from '@/lib/jobs'

import { FoiCalendar } from './calendarGlobal'
import { FoiRequests } from './collection'
import { FoiFilings } from './filings'
import { FoiTransitions } from './history'
import { withFoiMembership } from './membership'
import { foiJobs } from './jobs'

/**
 * The Freedom-of-Information desk as a Payload plugin: the requests (with their transition
 * endpoint), their history, the public filings' counter, the holiday calendar and the deadline
 * reminders (a job queue), and each organization's membership of the national FOI system. Of
 * other collections it touches only organizations (that group); the audit log hears of its moves and of every view of personal data through
 * src/lib/events.ts.
 */
export const foiPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...withJobs(config, foiJobs),
    collections: [...(config.collections ?? []).map(withFoiMembership), FoiRequests, FoiTransitions, FoiFilings],
    globals: [...(config.globals ?? []), FoiCalendar],
  })
