import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The search index of the editorial collections (src/search): an FTS5 table beside each table
 * whose locale rows hold the normalized `search_text`, live documents and their versions alike.
 *
 * - `trigram case_sensitive 1`: a word matches as a substring of the text, byte for byte, which is
 *   exactly what the `LIKE '%word%'` per word it replaces matched (the text and the words are
 *   normalized and lower-cased by the application on both sides).
 * - `organization` holds `#<organization id>#`, so a province's search intersects posting lists
 *   inside the index instead of reading every match in the country and filtering afterwards.
 * - Contentless with `contentless_delete`: the text stays in the locale rows only; rows are
 *   removed by rowid, which is the locale row's id.
 * - Triggers keep it in step inside the statement that writes the locale row, so the index
 *   commits and rolls back with the document's write, whatever wrote it.
 *
 * The development push (src/db/searchIndexAcrossPush.ts) does not know virtual tables and would
 * drop them: it runs dropSearchIndex before and createSearchIndex after every push.
 */
const SEARCHABLE = [
  { table: 'news_items', text: 'search_text', organization: 'organization_id' },
  { table: '_news_items_v', text: 'version_search_text', organization: 'version_organization_id' },
  { table: 'press_releases', text: 'search_text', organization: 'organization_id' },
  { table: '_press_releases_v', text: 'version_search_text', organization: 'version_organization_id' },
  { table: 'campaigns', text: 'search_text', organization: 'organization_id' },
  { table: '_campaigns_v', text: 'version_search_text', organization: 'version_organization_id' },
]

type Db = MigrateUpArgs['db']

export async function createSearchIndex(db: Db): Promise<void> {
  for (const { table, text, organization } of SEARCHABLE) {
    const index = `${table}_search`
    const locales = `${table}_locales`
    const scopeOf = (parent: string) => `(SELECT '#' || ${organization} || '#' FROM ${table} WHERE id = ${parent})`
    await db.run(
      sql.raw(
        `CREATE VIRTUAL TABLE ${index} USING fts5(search_text, organization, content='', contentless_delete=1, tokenize='trigram case_sensitive 1')`,
      ),
    )
    await db.run(
      sql.raw(`CREATE TRIGGER ${index}_insert AFTER INSERT ON ${locales} BEGIN
  INSERT INTO ${index} (rowid, search_text, organization) VALUES (NEW.id, NEW.${text}, ${scopeOf('NEW._parent_id')});
END`),
    )
    await db.run(
      sql.raw(`CREATE TRIGGER ${index}_delete AFTER DELETE ON ${locales} BEGIN
  DELETE FROM ${index} WHERE rowid = OLD.id;
END`),
    )
    await db.run(
      sql.raw(`CREATE TRIGGER ${index}_update AFTER UPDATE OF ${text}, _parent_id ON ${locales} BEGIN
  DELETE FROM ${index} WHERE rowid = OLD.id;
  INSERT INTO ${index} (rowid, search_text, organization) VALUES (NEW.id, NEW.${text}, ${scopeOf('NEW._parent_id')});
END`),
    )
    await db.run(
      sql.raw(`CREATE TRIGGER ${index}_organization AFTER UPDATE OF ${organization} ON ${table}
WHEN OLD.${organization} IS NOT NEW.${organization} BEGIN
  DELETE FROM ${index} WHERE rowid IN (SELECT id FROM ${locales} WHERE _parent_id = NEW.id);
  INSERT INTO ${index} (rowid, search_text, organization)
    SELECT id, ${text}, '#' || NEW.${organization} || '#' FROM ${locales} WHERE _parent_id = NEW.id;
END`),
    )
    await db.run(
      sql.raw(`INSERT INTO ${index} (rowid, search_text, organization)
  SELECT l.id, l.${text}, '#' || d.${organization} || '#' FROM ${locales} l JOIN ${table} d ON d.id = l._parent_id`),
    )
  }
}

export async function dropSearchIndex(db: Db): Promise<void> {
  for (const { table } of SEARCHABLE) {
    const index = `${table}_search`
    for (const trigger of ['insert', 'delete', 'update', 'organization']) {
      await db.run(sql.raw(`DROP TRIGGER IF EXISTS ${index}_${trigger}`))
    }
    await db.run(sql.raw(`DROP TABLE IF EXISTS ${index}`))
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await createSearchIndex(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await dropSearchIndex(db)
}
