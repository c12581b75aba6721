import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Images placed in a text are kept beside it as `bodyImages` (src/fields/bodyImages.ts), in the
 * relation tables that already hold the gallery's: no schema change. Rows and versions written
 * before get theirs from their bodies in every language, as the field's hook derives them: each
 * upload node of `media` whose image still exists. The images of live rows go public at start
 * (src/hooks/liveBodyImages.ts), where the scope rules are.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await fillBodyImages(db)
}

export async function fillBodyImages(db: MigrateUpArgs['db']): Promise<void> {
  for (const [table, bodyColumn, path] of [
    ['news_items', 'body', 'bodyImages'],
    ['press_releases', 'body', 'bodyImages'],
    ['_news_items_v', 'version_body', 'version.bodyImages'],
    ['_press_releases_v', 'version_body', 'version.bodyImages'],
  ] as const) {
    const locales = sql.identifier(`${table}_locales`)
    const rels = sql.identifier(`${table}_rels`)
    const body = sql.identifier(bodyColumn)
    await db.run(sql`DELETE FROM ${rels} WHERE path = ${path}`)
    await db.run(sql`INSERT INTO ${rels} (parent_id, path, "order", media_id)
      SELECT parent, ${path}, row_number() OVER (PARTITION BY parent ORDER BY media), media FROM (
        SELECT DISTINCT l._parent_id AS parent,
          CAST(coalesce(json_extract(node.value, '$.value.id'), json_extract(node.value, '$.value')) AS INTEGER) AS media
        FROM ${locales} l, json_tree(l.${body}) node
        WHERE json_valid(l.${body}) AND node.type = 'object'
          AND json_extract(node.value, '$.type') = 'upload' AND json_extract(node.value, '$.relationTo') = 'media'
      ) WHERE media IN (SELECT id FROM media)`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of ['news_items', 'press_releases', '_news_items_v', '_press_releases_v']) {
    await db.run(sql`DELETE FROM ${sql.identifier(`${table}_rels`)} WHERE path IN ('bodyImages', 'version.bodyImages')`)
  }
}
