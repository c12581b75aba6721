import type { Config, Plugin } from 'payload'

import { databaseQueryErrorsAre400 } from './databaseErrors'
import { rejectImpossibleIds } from './documentId'
import { noVersionEndpoints } from './versionsExist'

/** Input guards every collection shares: impossible ids and versions never kept are 404s, refused queries 400s. */
export const inputGuardsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      endpoints: collection.versions ? collection.endpoints : [...noVersionEndpoints, ...(collection.endpoints || [])],
      hooks: { ...collection.hooks, beforeOperation: [rejectImpossibleIds, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
    hooks: { ...config.hooks, afterError: [databaseQueryErrorsAre400, ...(config.hooks?.afterError ?? [])] },
  })
