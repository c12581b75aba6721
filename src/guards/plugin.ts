import type { Config, Plugin } from 'payload'

import { databaseQueryErrorsAre400 } from './databaseErrors'
import { rejectImpossibleIds } from './documentId'

/** Input guards every collection shares: impossible ids are 404s, refused queries 400s. */
export const inputGuardsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [rejectImpossibleIds, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
    hooks: { ...config.hooks, afterError: [databaseQueryErrorsAre400, ...(config.hooks?.afterError ?? [])] },
  })
