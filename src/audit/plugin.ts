import type { CollectionConfig, Config, Plugin } from 'payload'

import { subscribe } from '@/lib/events'
import { AuditLog } from './collection'
import { auditChange } from './hooks/afterChange'
import { auditDelete } from './hooks/afterDelete'
import { auditError } from './hooks/afterError'
import { auditLogin } from './hooks/afterLogin'
import { auditFoiTransition, auditTransition } from './hooks/afterTransition'
import { auditPersonalDataRead } from './hooks/afterPersonalDataRead'
import { recordAudit } from './record'

/** Content and accounts: every create, update and delete on these is recorded. */
export const AUDITED_COLLECTIONS = [
  'news-items',
  'press-releases',
  'campaigns',
  'media',
  'attachments',
  'comments',
  'categories',
  'organizations',
  'users',
  'webhooks',
  'foi-requests',
] as const

/**
 * The audit log as a Payload plugin: the `audit-log` collection, write hooks on the audited
 * collections, logins, failed logins and 403s from the root afterError hook, and what other
 * features announce (src/lib/events.ts): a `transition` entry per workflow or FOI history row,
 * refusals answered by their own endpoints, and every view of an FOI requester's personal data. The log itself has no hooks, so its own writes are
 * never logged.
 */
export const auditLogPlugin =
  (): Plugin =>
  (config: Config): Config => {
    const withLog: Config = {
      ...config,
      collections: [...(config.collections ?? []).map(withAudit), AuditLog],
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), auditError] },
    }
    const withTransitions = subscribe(
      subscribe(withLog, 'transitionRecorded', auditTransition),
      'foiTransitionRecorded',
      auditFoiTransition,
    )
    const withReads = subscribe(withTransitions, 'personalDataRead', auditPersonalDataRead)
    return subscribe(withReads, 'accessDenied', (req, { collection, id, detail }) =>
      recordAudit(req, () => ({ action: 'access_denied', targetCollection: collection, documentId: id, detail })),
    )
  }

function withAudit(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  if (!(AUDITED_COLLECTIONS as readonly string[]).includes(collection.slug)) return collection
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), auditChange],
      afterDelete: [...(hooks.afterDelete ?? []), auditDelete],
      ...(collection.auth ? { afterLogin: [...(hooks.afterLogin ?? []), auditLogin] } : {}),
    },
  }
}
