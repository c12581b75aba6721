import type { Server } from 'http'

const IDLE_SWEEP_MS = 100

/**
 * Stops accepting connections and resolves once every request under way has been answered.
 * Keep-alive connections are closed as soon as they are idle (a client waiting on one would
 * otherwise hold the server open).
 */
export function closeHttpServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS)
    server.close((error) => {
      clearInterval(sweep)
      if (error) reject(error)
      else resolve()
    })
    server.closeIdleConnections()
  })
}
