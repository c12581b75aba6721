import type { Payload } from 'payload'

type IndexedCollection = {
  indexes(): Promise<Array<{ name?: string; key: Record<string, unknown>; unique?: boolean }>>
  dropIndex(name: string): Promise<unknown>
  createIndex(key: Record<string, 1>): Promise<string>
}

/**
 * MongoDB keeps the indexes a collection was given: a database made while content slugs were
 * unique in the database (src/fields/slug.ts) still refuses two drafts with one slug, and its
 * error would tell an editor that a hidden draft has it. At start, for each collection whose
 * slug is no longer unique in the schema, the unique index gives way to a plain one. SQLite's
 * equivalent is the migration 20261201_080936_draft_slugs_not_unique.
 */
export async function dropStaleUniqueSlugIndexes(payload: Payload): Promise<void> {
  if (payload.db.name !== 'mongoose') return
  const models = (payload.db as unknown as { collections: Record<string, { collection: IndexedCollection }> }).collections
  for (const { config } of Object.values(payload.collections)) {
    const slug = config.flattenedFields.find((field) => field.name === 'slug')
    if (!slug || ('unique' in slug && slug.unique)) continue
    const collection = models[config.slug]?.collection
    if (!collection) continue
    const stale = (await collection.indexes()).find(
      (index) => index.unique && Object.keys(index.key).length === 1 && index.key.slug !== undefined,
    )
    if (!stale?.name) continue
    await collection.dropIndex(stale.name)
    await collection.createIndex({ slug: 1 })
    payload.logger.info(`${config.slug}: the slug is no longer unique in the database (drafts of other scopes may share one)`)
  }
}
