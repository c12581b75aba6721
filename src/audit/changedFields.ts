import type { FlattenedField } from 'payload'

import { relationId, type RelationValue } from '@/access/relationId'

/**
 * Bookkeeping Payload changes on every write, and derived fields whose sources (title and summary,
 * categories) are named themselves; naming them would say nothing.
 */
const IGNORED = new Set(['updatedAt', 'createdAt', 'searchText', 'categoryKeys'])

type Doc = Record<string, unknown>

/**
 * The names (never the values) of top-level fields whose value differs between two versions of
 * a document. `previousDoc` reaches afterChange at depth 0 and `doc` at the request's depth, so
 * relationships are compared by id. Joins are computed lists, not stored values; hidden fields
 * are Payload's own (password hash and salt, login attempts, sessions).
 */
export function changedFieldNames(fields: FlattenedField[], previous: Doc | undefined, next: Doc): string[] {
  return fields
    .filter((field) => field.type !== 'join' && !('hidden' in field && field.hidden) && !IGNORED.has(field.name))
    .filter((field) => comparable(field, previous?.[field.name]) !== comparable(field, next[field.name]))
    .map((field) => field.name)
}

function comparable(field: FlattenedField, value: unknown): string {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return ''
  if (field.type === 'relationship' || field.type === 'upload') {
    const ids = (Array.isArray(value) ? value : [value]).map(referenceKey)
    return JSON.stringify(ids)
  }
  return JSON.stringify(value)
}

/** `12` or `news-items:12`, whether the value came populated or not. */
function referenceKey(value: unknown): string {
  if (value && typeof value === 'object' && 'relationTo' in value) {
    const { relationTo, value: target } = value as { relationTo: string; value: RelationValue }
    return `${relationTo}:${relationId(target)}`
  }
  return String(relationId(value as RelationValue))
}
