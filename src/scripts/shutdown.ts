/**
 * Past this, a shutdown that has not finished gives up and exits: within the 30 s an orchestrator
 * (Kubernetes, systemd with TimeoutStopSec, most load balancers' deregistration) allows by default.
 */
export const SHUTDOWN_TIMEOUT_MS = 25_000

/**
 * On SIGTERM or SIGINT, once: runs `shutdown` (stop accepting, finish what is under way) and
 * exits 0, or exits 1 when it fails or outlasts `timeoutMs`. A second signal changes nothing.
 */
export function onTermination(shutdown: () => Promise<void>, timeoutMs = SHUTDOWN_TIMEOUT_MS): void {
  let started = false
  const stop = (signal: NodeJS.Signals) => {
    if (started) return
    started = true
    console.info(`[newsroom] ${signal}: no new connections; finishing the requests and jobs under way`)
    setTimeout(() => {
      console.error(`[newsroom] Shutdown did not finish within ${timeoutMs / 1000} s: exiting with work unfinished`)
      process.exit(1)
    }, timeoutMs).unref()
    shutdown().then(
      () => {
        console.info('[newsroom] Shutdown complete')
        process.exit(0)
      },
      (error: unknown) => {
        console.error('[newsroom] Shutdown failed', error)
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
