import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { createSearchIndex, dropSearchIndex } from '../migrations/20261130_161814_search_index'

/**
 * The search index (FTS5 tables and their triggers) through the development push.
 *
 * Production applies the committed migrations, which create the index. Development and the test
 * databases take their schema from the dev push instead, which compares the database with the
 * config and knows no virtual tables: it would offer to drop the index's tables, behind a
 * data-loss prompt, on every start. So the push never sees them: they are dropped just before it
 * compares and made again, from the same migration, right after it applies (a rebuild from the
 * locale rows, a moment for a development database).
 */
export function withSearchIndexAcrossPush(adapter: DatabaseAdapterObj<SQLiteAdapter>): DatabaseAdapterObj<SQLiteAdapter> {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const requireDrizzleKit = instance.requireDrizzleKit
      instance.requireDrizzleKit = () => {
        const kit = requireDrizzleKit()
        return {
          ...kit,
          pushSchema: async (schema, drizzle, ...filters) => {
            // `drizzle` is this adapter's own connection, typed here for any SQL database.
            await dropSearchIndex(instance.drizzle)
            const push = await kit.pushSchema(schema, drizzle, ...filters)
            return {
              ...push,
              apply: async () => {
                await push.apply()
                await createSearchIndex(instance.drizzle)
              },
            }
          },
        }
      }
      return instance
    },
  }
}
