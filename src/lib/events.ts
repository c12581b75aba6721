import type { Config, PayloadRequest } from 'payload'

import type { PublicChange, WorkflowCollection } from '@/config/editorial'
import type { Campaign, FoiTransition, NewsItem, PressRelease, WorkflowTransition } from '@/payload-types'

/**
 * Moments one feature announces and others subscribe to, so that no feature imports another's
 * internals (README, "Project layout"). Listeners live on the Payload config (`custom.newsroomEvents`),
 * added by the plugins that want them, so they travel with the config into every bundle.
 */
export type NewsroomEvents = {
  /** A refusal answered by a feature's own endpoint, which Payload's afterError never sees. */
  accessDenied: { collection: string; id: string | number; detail: string }
  /** A document moved through the workflow: its history row was just written (in the same transaction). */
  transitionRecorded: { transition: WorkflowTransition }
  /**
   * A write changed what the public reads (src/delivery classifies it, after emptying its cache):
   * `doc` is the stored document after the write, or the deleted one (a deleted live document has
   * been `unpublished`). In the write's request and transaction.
   */
  publicChange: { collection: WorkflowCollection; doc: NewsItem | PressRelease | Campaign; change: PublicChange }
  /** An FOI request moved (its history row was just written, in the same transaction). */
  foiTransitionRecorded: { transition: FoiTransition }
  /** Staff were given a requester's personal data (`fields`) of one document: privacy law wants every view on record. */
  personalDataRead: { collection: string; id: string | number; organization: unknown; fields: readonly string[] }
  /**
   * An FOI request still owes an answer at `percent` of its time (50, 80, 100): its assignee and the
   * supervisors covering it are to be told. Carries the code and subject only, never the requester.
   */
  foiDeadlineApproaching: {
    request: { id: number | string; organization: unknown; assignee: unknown; trackingCode: string; subject: string }
    percent: number
    overdue: boolean
  }
}

type Listener<E extends keyof NewsroomEvents> = (req: PayloadRequest, event: NewsroomEvents[E]) => Promise<void>
type Listeners = { [E in keyof NewsroomEvents]?: Array<Listener<E>> }

const listenersOf = (custom: Record<string, unknown> | undefined): Listeners => (custom?.newsroomEvents as Listeners | undefined) ?? {}

/** A plugin subscribes: returns the config with the listener appended (plugins compose in any order). */
export function subscribe<E extends keyof NewsroomEvents>(config: Config, event: E, listener: Listener<E>): Config {
  const listeners = listenersOf(config.custom)
  return { ...config, custom: { ...config.custom, newsroomEvents: { ...listeners, [event]: [...(listeners[event] ?? []), listener] } } }
}

/** Announces a moment to every subscriber, in the request (and its transaction). */
export async function announce<E extends keyof NewsroomEvents>(req: PayloadRequest, event: E, payload: NewsroomEvents[E]): Promise<void> {
  for (const listener of (listenersOf(req.payload.config.custom)[event] ?? []) as Array<Listener<E>>) await listener(req, payload)
}
