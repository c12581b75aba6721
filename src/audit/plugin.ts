import type { CollectionConfig, Config, Plugin } from 'payload'

import { TRANSITIONS_SLUG } from '@/config/editorial'
import { subscribe } from '@/lib/events'
import { AuditLog } from './collection'
import { auditChange } from './hooks/afterChange'
import { auditDelete } from './hooks/afterDelete'
import { auditError } from './hooks/afterError'
import { auditLogin } from './hooks/afterLogin'
import { auditTransition } from './hooks/afterTransition'
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
] as const

/**
 * The audit log as a Payload plugin: the `audit-log` collection, write hooks on the audited
 * collections, a `transition` entry per workflow history row (so it must run after
 * workflowPlugin), logins, failed logins and 403s from the root afterError hook, and refusals other
 * features announce (`accessDenied`, src/lib/events.ts). The log
 * itself has no hooks, so its own writes are never logged.
 */
export const auditLogPlugin =
  (): Plugin =>
  (config: Config): Config =>
    subscribe(
      {
        ...config,
        collections: [...(config.collections ?? []).map(withAudit), AuditLog],
        hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), auditError] },
      },
      'accessDenied',
      (req, { collection, id, detail }) => recordAudit(req, () => ({ action: 'access_denied', targetCollection: collection, documentId: id, detail })),
    )

function withAudit(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  if (collection.slug === TRANSITIONS_SLUG) {
    return { ...collection, hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), auditTransition] } }
  }
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
