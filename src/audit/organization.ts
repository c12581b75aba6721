import type { RelationValue } from '@/access/relationId'

export type OwnedDoc = { id: number | string; organization?: RelationValue; parent?: RelationValue }

/**
 * The organization an entry is filed under, which decides which supervisors see it: the
 * document's own `organization`; for an organization, its parent. Not the organization itself:
 * deleting it would clear the reference (SQLite's foreign key sets it to null) on every entry
 * about it, while the parent outlives it and its supervisors covered it. `undefined` lets the
 * entry fall back to the actor's organization (categories have none).
 */
export function organizationOf(collection: string, doc: OwnedDoc): RelationValue | undefined {
  return (collection === 'organizations' ? doc.parent : doc.organization) ?? undefined
}
