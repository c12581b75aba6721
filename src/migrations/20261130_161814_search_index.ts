import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The search index of the editorial collections (src/search): an FTS5 table beside each table
 * whose locale rows hold the normalized `search_text`, live documents and their versions alike.
 *
 * - A word of the query matches wherever it occurs in the text, also inside a longer word, as
 *   the `LIKE '%word%'` per word it replaces. So each row is indexed as the suffixes of its words
 *   («بوشهر» as بوشهر, وشهر, شهر, هر, ر) and a word is a prefix query («شهر»*): a word is inside
 *   the text exactly when it begins one of those suffixes. Suffixes are cut at MAX_TOKEN
 *   characters, so a run of letters or digits cannot swell the index; a longer question word is
 *   looked up by its beginning and checked with LIKE (src/search/sqliteMatches.ts).
 * - The `ascii` tokenizer splits at spaces only (the text holds nothing but letters, digits and
 *   single spaces) and folds ASCII case only, like LIKE: no Unicode table of SQLite's decides
 *   what a Persian word is. `prefix='1 2'` makes one- and two-letter words cheap to look up.
 * - `organization` holds the document's organization id, so a province's search intersects
 *   posting lists inside the index instead of reading every match in the country.
 * - Contentless with `contentless_delete`: the text stays in the locale rows only; a row is
 *   removed by its rowid, the locale row's id. `*_locales_search_idx` (id, _locale, _parent_id)
 *   turns a match into its document without reading the locale row, bodies and all.
 * - Triggers keep it inside the statements that write the locale rows, so the index commits and
 *   rolls back with the document's write, whatever wrote it.
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

/** Longest suffix indexed; the query side (src/search/sqliteMatches.ts) knows it too. */
const MAX_TOKEN = 40

/** The suffixes of every word of `text`, at most MAX_TOKEN characters each, separated by spaces. */
const suffixes = (text: string) =>
  `(SELECT group_concat(substr(${text}, value, min(instr(substr(${text}, value, ${MAX_TOKEN + 1}) || ' ', ' ') - 1, ${MAX_TOKEN})), ' ')
    FROM generate_series(1, length(${text})) WHERE substr(${text}, value, 1) <> ' ')`

export async function createSearchIndex(db: Db): Promise<void> {
  for (const { table, text, organization } of SEARCHABLE) {
    const index = `${table}_search`
    const locales = `${table}_locales`
    const organizationOf = (parent: string) => `(SELECT ${organization} FROM ${table} WHERE id = ${parent})`
    await db.run(
      sql.raw(
        `CREATE VIRTUAL TABLE ${index} USING fts5(search_text, organization, content='', contentless_delete=1, tokenize='ascii', prefix='1 2')`,
      ),
    )
    await db.run(sql.raw(`CREATE INDEX ${locales}_search_idx ON ${locales} (id, _locale, _parent_id)`))
    await db.run(
      sql.raw(`CREATE TRIGGER ${index}_insert AFTER INSERT ON ${locales} BEGIN
  INSERT INTO ${index} (rowid, search_text, organization) VALUES (NEW.id, ${suffixes(`NEW.${text}`)}, ${organizationOf('NEW._parent_id')});
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
  INSERT INTO ${index} (rowid, search_text, organization) VALUES (NEW.id, ${suffixes(`NEW.${text}`)}, ${organizationOf('NEW._parent_id')});
END`),
    )
    await db.run(
      sql.raw(`CREATE TRIGGER ${index}_organization AFTER UPDATE OF ${organization} ON ${table}
WHEN OLD.${organization} IS NOT NEW.${organization} BEGIN
  DELETE FROM ${index} WHERE rowid IN (SELECT id FROM ${locales} WHERE _parent_id = NEW.id);
  INSERT INTO ${index} (rowid, search_text, organization)
    SELECT id, ${suffixes(text)}, NEW.${organization} FROM ${locales} WHERE _parent_id = NEW.id;
END`),
    )
    await db.run(
      sql.raw(`INSERT INTO ${index} (rowid, search_text, organization)
  SELECT l.id, ${suffixes(`l.${text}`)}, d.${organization} FROM ${locales} l JOIN ${table} d ON d.id = l._parent_id`),
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
    await db.run(sql.raw(`DROP INDEX IF EXISTS ${table}_locales_search_idx`))
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await createSearchIndex(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await dropSearchIndex(db)
}
