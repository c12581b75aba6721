import { reminderTask } from './reminders'
import { retentionTask } from './retention'
import { FOI_QUEUE } from './vocabulary'

/** The desk's tasks and their runner entry: the queue is checked every minute (a reminder a minute late is on time). */
export const foiJobs = {
  tasks: [reminderTask, retentionTask],
  autoRun: [{ cron: '0 * * * * *', queue: FOI_QUEUE, limit: 50, silent: true }],
}
