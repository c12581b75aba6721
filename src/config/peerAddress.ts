import http from 'http'

/** Set on every incoming request from its TCP socket; a client's own header of this name is overwritten. */
export const PEER_HEADER = 'x-newsroom-peer'

let installed = false

/**
 * Next.js keeps a client's `X-Forwarded-For` as it came and gives route handlers no socket, so
 * without this the server could not tell who connected from what they claim. Called once at start
 * (instrumentation.ts), before any request.
 */
export function recordPeerAddresses(): void {
  if (installed) return
  installed = true
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? ''
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  } as typeof emit
}
