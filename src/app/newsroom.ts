import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The server's Payload (one per process; Payload caches it), with the job runner started. It lives
 * in the entry layer, beside the routes that own the config: the delivery route handlers and the
 * portal's views are given it (src/app/(delivery), src/app/(portal)) rather than loading the
 * config themselves.
 */
export function newsroom(): Promise<Payload> {
  return getPayload({ config, cron: true })
}
