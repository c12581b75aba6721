import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/** Child tables whose rows Payload reads by parent id alone, and the column holding that id. */
const CHILD_TABLES: Array<{ suffix: string; column: string }> = [
  { suffix: '_locales', column: '_parentID' },
  { suffix: '_texts', column: 'parent' },
  { suffix: '_numbers', column: 'parent' },
]

/**
 * An index on the parent id of every `*_locales`, `*_texts` and `*_numbers` table.
 *
 * Payload's SQL schema indexes these tables only with the parent id second: (`_locale`,
 * `_parent_id`) and (`order`, `parent_id`). Every read of a document fetches its locale rows and
 * hasMany texts by the parent id alone (a correlated subquery per document), which such an index
 * cannot serve, so SQLite scanned the whole child table once per document read: with 10,000
 * news items an article read took ~7 ms and the audit log's read-back ~6 ms per entry, growing
 * with the archive. With these indexes both are lookups. MongoDB keeps these values inside the
 * document and needs nothing of the kind.
 */
export const indexChildTableParents: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    const child = CHILD_TABLES.find(({ suffix, column }) => name.endsWith(suffix) && column in table)
    if (!child) continue
    extendTable({
      table,
      extraConfig: (columns) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(columns[child.column]) }),
    })
  }
  return schema
}
