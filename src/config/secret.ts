import crypto from 'crypto'
import fs from 'fs'
import path from 'path'

import type { DatabaseTarget } from '../db/databaseUri'

export const SECRET_FILE_NAME = '.payload-secret'

/**
 * PAYLOAD_SECRET signs sessions and must never be a constant in the code. On the embedded
 * database a random one is made once and kept beside the database file (git-ignored), so a
 * fresh clone runs with no setup and sessions survive restarts. On MongoDB it is required.
 */
export function resolvePayloadSecret(target: DatabaseTarget, env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (target.kind === 'mongodb') {
    throw new Error('PAYLOAD_SECRET is required when DATABASE_URI points to MongoDB: set it to a long random string.')
  }
  const file = path.join(path.dirname(target.filePath), SECRET_FILE_NAME)
  if (fs.existsSync(file)) {
    const kept = fs.readFileSync(file, 'utf8').trim()
    if (kept) return kept
  }
  const secret = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  try {
    // 'wx': when two processes start at once (build workers, seed and server), the first
    // writer wins and the others read its secret instead of overwriting it.
    fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return fs.readFileSync(file, 'utf8').trim()
  }
  console.info(`[newsroom] PAYLOAD_SECRET is not set: generated one and kept it in ${file}`)
  return secret
}
