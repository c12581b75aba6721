import type { CollectionBeforeOperationHook, CollectionSlug, FlattenedField, Payload, SanitizedCollectionConfig, Where } from 'payload'
import { APIError } from 'payload'

/** What a path may say after a relationship: the related id, never the related document's fields. */
const ID_SEGMENTS = new Set(['id', 'value', 'relationTo'])

/**
 * Whether `segments` leave this collection through a relationship, upload or join and go on into
 * the related document's fields (`campaign.objective`). Groups, named tabs, arrays and blocks
 * are followed; unknown names are left to Payload.
 */
export function crossesRelation(fields: FlattenedField[], segments: string[]): boolean {
  const [name, ...rest] = segments
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || rest.length === 0) return false
  switch (field.type) {
    case 'relationship':
    case 'upload':
    case 'join':
      return !(rest.length === 1 && ID_SEGMENTS.has(rest[0]!))
    case 'group':
    case 'tab':
    case 'array':
      return crossesRelation(field.flattenedFields, rest)
    case 'blocks':
      return field.blocks.some((block) => crossesRelation(block.flattenedFields, rest))
    default:
      return false
  }
}

/** Every field path a `where` names, through `and` / `or`. */
export function wherePaths(where: unknown): string[] {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where as Where).flatMap(([key, value]) =>
    (key === 'and' || key === 'or') && Array.isArray(value) ? value.flatMap(wherePaths) : [key],
  )
}

/** Every field path a `sort` names (`-createdAt,title` or a list). */
export function sortPaths(sort: unknown): string[] {
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return list.filter((item): item is string => typeof item === 'string').map((item) => item.trim().replace(/^-/, ''))
}

type JoinQuery = { where?: unknown; sort?: unknown } | false | undefined

/**
 * The paths a request's `joins` parameter names (`joins[linkedContent][where][…]`, `[sort]`),
 * each with the fields of the collection the join lists: a join's own query is a query of that
 * collection and may not read through its relationships either.
 */
function joinedPaths(
  collection: SanitizedCollectionConfig,
  joins: unknown,
  payload: Payload,
): Array<{ path: string; fields: FlattenedField[] }> {
  if (!joins || typeof joins !== 'object') return []
  // Payload keeps a join of one collection under `joins[slug]` and one of several (`collection:
  // [...]`) in `polymorphicJoins`; a polymorphic join's query is checked against each of them.
  const targets = [
    ...Object.entries(collection.joins ?? {}).flatMap(([slug, list]) => list.map(({ joinPath }) => ({ joinPath, slug }))),
    ...(collection.polymorphicJoins ?? []).flatMap(({ joinPath, field }) =>
      (field.collection as string[]).map((slug) => ({ joinPath, slug })),
    ),
  ]
  return targets.flatMap(({ joinPath, slug }) => {
    const query = (joins as Record<string, JoinQuery>)[joinPath]
    if (!query) return []
    const fields = payload.collections[slug as CollectionSlug]?.config.flattenedFields ?? []
    return [...wherePaths(query.where), ...sortPaths(query.sort)].map((path) => ({ path, fields }))
  })
}

/**
 * A query cannot read through a relationship. Payload filters and sorts on a related document's
 * fields (`where[campaign.objective][like]=…`) without applying the related collection's read
 * access, so the answer (1 result against 0, the order of a list) would tell a user what a draft
 * they cannot read says. Every read, count, bulk update and bulk delete made for a request is
 * refused with a 400 when its `where`, `sort`, distinct `field`, or the `where` and `sort` of one
 * of its joins goes past a relationship's id; filtering by the related id itself (`campaign`,
 * `document.value`), as the admin does, is fine. The server's own queries (Local API without
 * `overrideAccess: false`) are trusted.
 */
export const refuseRelationPaths: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { where, sort, field, joins, overrideAccess } = args as {
    where?: unknown
    sort?: unknown
    field?: unknown
    joins?: unknown
    overrideAccess?: boolean
  }
  if (overrideAccess === true) return args
  if (where === undefined && sort === undefined && field === undefined && !joins) return args
  const versionFields: FlattenedField[] = [
    { name: 'version', type: 'group', flattenedFields: collection.flattenedFields } as FlattenedField,
    { name: 'parent', type: 'relationship', relationTo: collection.slug } as FlattenedField,
  ]
  const fields = [...collection.flattenedFields, ...versionFields]
  const own = [...wherePaths(where), ...sortPaths(sort), ...(typeof field === 'string' ? [field] : [])].map((path) => ({ path, fields }))
  const crossing = [...own, ...joinedPaths(collection, joins, req.payload)].find(({ path, fields }) =>
    crossesRelation(fields, path.split('.')),
  )?.path
  if (crossing) {
    throw new APIError(
      `«${crossing}» از طریق یک رابطه به سند دیگری می‌رود؛ فقط بر شناسه رابطه فیلتر کنید. / "${crossing}" reads through a relationship into another document: filter or sort on the related id only (for example "${crossing.split('.')[0]}").`,
      400,
      undefined,
      true,
    )
  }
  return args
}
