import type { PayloadRequest, TaskConfig } from 'payload'
import { JobCancelledError } from 'payload'

import type { PublicChange, WorkflowCollection } from '@/config/editorial'
import type { Webhook } from '@/payload-types'
import { DELIVERIES_SLUG, ERROR_MAX_LENGTH } from './deliveries'
import { isWebhookEvent } from './events'
import { postOnce } from './send'
import { SIGNATURE_HEADER, signBody } from './signature'
import { checkTarget, type TargetCheck } from './targets'
import { WEBHOOKS_SLUG } from './webhooks'

export const WEBHOOKS_QUEUE = 'webhooks'
const DELIVER_TASK = 'deliverWebhook'
/** Tries in all, the first one included. */
export const DELIVERY_ATTEMPTS = 5
const TIMEOUT_MS = 10_000
export const USER_AGENT = 'PR-Newsroom-Webhooks/1'

type Attempt = { status: number | null; durationMs: number; ok: boolean; error: string | null; refused: boolean }

/**
 * Sends one queued delivery. Each try is logged in `webhook-deliveries`; a non-2xx answer or a
 * network error throws, so Payload tries again after 2, 4, 8 and 16 s, and after the fifth failure
 * the job stays failed. A target refused by the SSRF rule is not retried: the job is cancelled.
 * A webhook deleted, switched off or unsubscribed in the meantime ends the job quietly.
 */
const deliverWebhookTask: TaskConfig<'deliverWebhook'> = {
  slug: DELIVER_TASK,
  // Payload's `attempts` counts retries after the first try: 4 retries make 5 tries.
  retries: { attempts: DELIVERY_ATTEMPTS - 1, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [
    { name: 'webhook', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'documentId', type: 'text', required: true },
    // The exact bytes to sign and send, serialized when the event happened.
    { name: 'body', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'outcome', type: 'text' },
    { name: 'status', type: 'number' },
  ],
  handler: async ({ input, job, req }) => {
    const webhook = await req.payload
      // As the system: the write-only secret is returned only when access is overridden.
      .findByID({ collection: WEBHOOKS_SLUG, id: input.webhook, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    if (!webhook) return { output: { outcome: 'webhook deleted' } }
    if (!webhook.active) return { output: { outcome: 'webhook inactive' } }
    if (!isWebhookEvent(input.event) || !webhook.events.includes(input.event)) {
      return { output: { outcome: 'webhook no longer subscribed to this event' } }
    }

    const attemptNumber = (job.totalTried ?? 0) + 1
    const attempt = await attemptDelivery(webhook, input.event, input.body)
    const final = attempt.refused || (!attempt.ok && attemptNumber >= DELIVERY_ATTEMPTS)
    const reason = attempt.error?.slice(0, ERROR_MAX_LENGTH - 40)
    const error = reason && (final ? `${reason} — giving up after attempt ${attemptNumber}` : reason)
    await recordAttempt(req, {
      webhook: webhook.id,
      event: input.event,
      collection: input.collection as WorkflowCollection,
      documentId: input.documentId,
      attempt: attemptNumber,
      status: attempt.status,
      durationMs: attempt.durationMs,
      error: error ?? null,
      ok: attempt.ok,
    })
    if (attempt.refused) throw new JobCancelledError(error ?? 'refused')
    if (!attempt.ok) throw new Error(error ?? 'delivery failed')
    return { output: { outcome: 'delivered', status: attempt.status } }
  },
}

async function attemptDelivery(webhook: Webhook, event: PublicChange, body: string): Promise<Attempt> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  let target: TargetCheck
  try {
    // Again at send time: the name may resolve elsewhere now, or private targets were turned off.
    target = await checkTarget(webhook.url)
  } catch (error) {
    return { status: null, durationMs: elapsed(), ok: false, refused: false, error: `DNS: ${describe(error)}` }
  }
  if (!target.ok) return { status: null, durationMs: elapsed(), ok: false, refused: true, error: `refused: ${target.reason.en}` }
  try {
    const status = await postOnce({
      url: target.url,
      body,
      timeoutMs: TIMEOUT_MS,
      addresses: target.addresses,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': USER_AGENT,
        'X-Newsroom-Event': event,
        [SIGNATURE_HEADER]: signBody(webhook.secret, body),
      },
    })
    const ok = status >= 200 && status < 300
    const error = ok ? null : status >= 300 && status < 400 ? `HTTP ${status}: redirects are not followed` : `HTTP ${status}`
    return { status, durationMs: elapsed(), ok, refused: false, error }
  } catch (error) {
    return { status: null, durationMs: elapsed(), ok: false, refused: false, error: describe(error) }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return `no response within ${TIMEOUT_MS / 1000} s`
  }
  if (!(error instanceof Error)) return String(error)
  const code = (error as NodeJS.ErrnoException).code
  return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message
}

type AttemptRow = {
  webhook: Webhook['id']
  event: PublicChange
  collection: WorkflowCollection
  documentId: string
  attempt: number
  status: number | null
  durationMs: number
  error: string | null
  ok: boolean
}

/** A missing row must not turn a delivered notice into a retry, so a failure here is only logged. */
async function recordAttempt(req: PayloadRequest, row: AttemptRow): Promise<void> {
  try {
    await req.payload.create({ collection: DELIVERIES_SLUG, data: row, depth: 0, overrideAccess: true, req })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Webhook delivery attempt ${row.attempt} for webhook ${row.webhook} could not be logged` })
  }
}

export async function queueDelivery(
  req: PayloadRequest,
  delivery: { webhook: Webhook['id']; event: PublicChange; collection: WorkflowCollection; documentId: number | string; body: string },
  /** Not before this moment (the end of a release's embargo). */
  waitUntil?: Date,
): Promise<void> {
  await req.payload.jobs.queue({
    task: DELIVER_TASK,
    queue: WEBHOOKS_QUEUE,
    waitUntil,
    input: { ...delivery, webhook: String(delivery.webhook), documentId: String(delivery.documentId) },
    req,
  })
}

/**
 * The task, and a runner entry beside the workflow's: every second, up to 20 deliveries, quietly
 * (failures are in the delivery log). JOBS_AUTORUN=false turns it off with the rest.
 */
export const webhookJobs = {
  tasks: [deliverWebhookTask],
  autoRun: [{ cron: '* * * * * *', queue: WEBHOOKS_QUEUE, limit: 20, silent: true }],
}
