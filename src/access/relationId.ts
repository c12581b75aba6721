/** A relationship value is an id, or the populated document when depth > 0. */
export type RelationValue = number | string | { id: number | string } | null | undefined

export function relationId(value: RelationValue): number | string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return value.id
  return value
}

export function sameId(a: RelationValue, b: RelationValue): boolean {
  const left = relationId(a)
  const right = relationId(b)
  return left !== null && right !== null && String(left) === String(right)
}
