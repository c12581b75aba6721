/**
 * Runs once when the Next.js server starts: boots Payload with its job runner, so migrations are
 * applied and scheduled publications run from the first second — not only after the first
 * request reaches a restarted server.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
