import type { Config, Plugin } from 'payload'

import { requireReadableRelation } from './readableRelations'
import { refuseRelationPaths } from './relationPaths'
import { withRelationHook } from './withFieldHook'

/**
 * Scope holds through relationships, on every collection (listed last, so that collections other
 * plugins add are covered too): a write links only documents its user may read, and a query
 * cannot filter or sort on the fields of a related document.
 */
export const relationshipScopePlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      fields: withRelationHook(collection.fields, requireReadableRelation),
      hooks: {
        ...collection.hooks,
        beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseRelationPaths],
      },
    })),
  })
