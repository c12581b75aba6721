import type { FlattenedField } from 'payload'

/** One related id found in incoming data: which field (dotted path), which collection, which id. */
export type RelationRef = { path: string; relationTo: string; id: number | string }

type Data = Record<string, unknown> | null | undefined

function idOf(value: unknown): number | string | null {
  if (typeof value === 'number' || typeof value === 'string') return value === '' ? null : value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

function refsOfValue(field: FlattenedField & { relationTo: string | string[] }, path: string, value: unknown): RelationRef[] {
  const values = Array.isArray(value) ? value : [value]
  const refs: RelationRef[] = []
  for (const item of values) {
    if (item === null || item === undefined) continue
    if (Array.isArray(field.relationTo)) {
      // Polymorphic: { relationTo, value }.
      const { relationTo, value: inner } = (item ?? {}) as { relationTo?: unknown; value?: unknown }
      const id = idOf(inner)
      if (typeof relationTo === 'string' && id !== null) refs.push({ path, relationTo, id })
    } else {
      const id = idOf(item)
      if (id !== null) refs.push({ path, relationTo: field.relationTo, id })
    }
  }
  return refs
}

/**
 * Every relationship and upload id in `data`, walking groups, named tabs, arrays and blocks, so
 * that a field added later is covered without being named anywhere.
 */
export function relationRefs(fields: FlattenedField[], data: Data, prefix = ''): RelationRef[] {
  if (!data || typeof data !== 'object') return []
  const refs: RelationRef[] = []
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    const path = prefix ? `${prefix}.${field.name}` : field.name
    switch (field.type) {
      case 'relationship':
      case 'upload':
        refs.push(...refsOfValue(field, path, value))
        break
      case 'group':
      case 'tab':
        refs.push(...relationRefs(field.flattenedFields, value as Data, path))
        break
      case 'array':
        for (const row of Array.isArray(value) ? value : []) refs.push(...relationRefs(field.flattenedFields, row as Data, path))
        break
      case 'blocks':
        for (const row of Array.isArray(value) ? value : []) {
          const block = field.blocks.find((candidate) => candidate.slug === (row as { blockType?: unknown })?.blockType)
          if (block) refs.push(...relationRefs(block.flattenedFields, row as Data, path))
        }
        break
      default:
        break
    }
  }
  return refs
}
