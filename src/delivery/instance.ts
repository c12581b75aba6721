import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The server's Payload (one per process; Payload caches it), with the job runner started. */
export function newsroom(): Promise<Payload> {
  return getPayload({ config, cron: true })
}
