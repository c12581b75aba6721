import { and, eq, gte, inArray, lt, sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

/**
 * How many published documents of a collection fall in each period, per organization, in one
 * grouped query of the database (Payload's Local API counts but does not group): SQL's GROUP BY
 * on SQLite, an aggregation pipeline on MongoDB. The periods are consecutive, given by their
 * boundaries (n + 1 instants for n periods: days cut at the organization's midnights), so the
 * database only compares the indexed date with constants. `organizations: 'all'` counts every
 * organization; otherwise only those listed (the caller's scope).
 */
export type PeriodCountQuery = {
  collection: string
  dateField: string
  boundaries: Date[]
  organizations: 'all' | Array<number | string>
}

export type PeriodCount = { organization: string; period: number; count: number }

export async function countPublishedPerPeriod(payload: Payload, query: PeriodCountQuery): Promise<PeriodCount[]> {
  if (query.boundaries.length < 2 || (query.organizations !== 'all' && query.organizations.length === 0)) return []
  if (payload.db.name === 'sqlite') return sqliteCounts(payload, query)
  if (payload.db.name === 'mongoose') return mongoCounts(payload, query)
  throw new Error(`countPublishedPerPeriod: no grouped query for the ${payload.db.name} adapter`)
}

type Column = SQL.Aliased | Parameters<typeof eq>[0]
type SqliteDb = { tables: Record<string, Record<string, Column>>; drizzle: { all: (query: SQL) => Promise<unknown[]> } }

async function sqliteCounts(payload: Payload, { collection, dateField, boundaries, organizations }: PeriodCountQuery) {
  const db = payload.db as unknown as SqliteDb
  const table = db.tables[collection.replace(/-/g, '_')]
  const date = table?.[dateField] as Parameters<typeof eq>[0] | undefined
  const organization = table?.organization as Parameters<typeof eq>[0] | undefined
  const status = table?._status as Parameters<typeof eq>[0] | undefined
  if (!table || !date || !organization || !status)
    throw new Error(`countPublishedPerPeriod: ${collection} has no ${dateField}, organization or _status`)
  // Dates are ISO 8601 text in UTC on SQLite: they compare as strings.
  const iso = boundaries.map((boundary) => boundary.toISOString())
  const period = sql`CASE ${sql.join(
    iso.slice(1, -1).map((boundary, index) => sql`WHEN ${date} < ${boundary} THEN ${index}`),
    sql` `,
  )} ELSE ${iso.length - 2} END`
  const where = and(
    eq(status, 'published'),
    gte(date, iso[0]!),
    lt(date, iso.at(-1)!),
    organizations === 'all' ? undefined : inArray(organization, organizations),
  )
  const rows = (await db.drizzle.all(
    sql`SELECT ${organization} AS organization, ${period} AS period, count(*) AS count FROM ${table as never} WHERE ${where} GROUP BY 1, 2`,
  )) as Array<{ organization: number | string | null; period: number; count: number }>
  return rows
    .filter((row) => row.organization !== null)
    .map((row) => ({ organization: String(row.organization), period: Number(row.period), count: Number(row.count) }))
}

type MongoModel = {
  aggregate: (pipeline: object[]) => { exec: () => Promise<Array<{ _id: { organization: unknown; period: number }; count: number }>> }
  base: { Types: { ObjectId: { new (id: string): unknown; isValid: (id: unknown) => boolean } } }
}

async function mongoCounts(payload: Payload, { collection, dateField, boundaries, organizations }: PeriodCountQuery) {
  const model = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections[collection]
  if (!model) throw new Error(`countPublishedPerPeriod: no collection ${collection}`)
  const { ObjectId } = model.base.Types
  // Relationship ids are ObjectIds unless the organizations collection uses ids of its own.
  const ids = organizations === 'all' ? null : organizations.map((id) => (ObjectId.isValid(id) ? new ObjectId(String(id)) : id))
  const rows = await model.aggregate(mongoPeriodPipeline({ dateField, boundaries, organizations: ids })).exec()
  return rows
    .filter((row) => row._id.organization !== null && row._id.organization !== undefined)
    .map((row) => ({ organization: String(row._id.organization), period: row._id.period, count: row.count }))
}

/** The MongoDB pipeline of the same question (exported for its unit test: no MongoDB server runs here). */
export function mongoPeriodPipeline({
  dateField,
  boundaries,
  organizations,
}: {
  dateField: string
  boundaries: Date[]
  organizations: unknown[] | null
}): object[] {
  const field = `$${dateField}`
  return [
    {
      $match: {
        _status: 'published',
        [dateField]: { $gte: boundaries[0], $lt: boundaries.at(-1) },
        ...(organizations ? { organization: { $in: organizations } } : {}),
      },
    },
    {
      $group: {
        _id: {
          organization: '$organization',
          period: {
            $switch: {
              branches: boundaries.slice(1, -1).map((boundary, index) => ({ case: { $lt: [field, boundary] }, then: index })),
              default: boundaries.length - 2,
            },
          },
        },
        count: { $sum: 1 },
      },
    },
  ]
}
