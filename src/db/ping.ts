import type { Payload } from 'payload'

/** A database that takes longer than this to answer one indexed read is not ready for traffic. */
const PING_TIMEOUT_MS = 2_000

/**
 * Whether the database answers: one read of at most one row of Payload's migrations table, which
 * both adapters have, through the adapter (no hooks, no access rules, nothing returned).
 */
export async function databaseAnswers(payload: Payload): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)
  })
  const read = payload.db
    .findOne({ collection: 'payload-migrations', where: {}, select: {} })
    .then(() => true)
    .catch(() => false)
  try {
    return await Promise.race([read, timeout])
  } finally {
    clearTimeout(timer)
  }
}
