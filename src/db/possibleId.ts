import type { Payload } from 'payload'

/**
 * Whether `id` could be a document's id on this database: 24 hex digits on MongoDB, an integer on
 * SQLite. A query with any other (`abc` where ids are integers) fails in the adapter with a 500.
 */
export function isPossibleId(payload: Payload, id: unknown): boolean {
  if (typeof id !== 'number' && typeof id !== 'string') return false
  const text = String(id)
  return payload.db.name === 'mongoose' ? /^[0-9a-f]{24}$/i.test(text) : /^\d{1,15}$/.test(text)
}
