import type { CollectionBeforeOperationHook } from 'payload'
import { NotFound } from 'payload'

/**
 * An id that cannot exist on this database (`abc` where ids are integers) is simply not found:
 * the adapter would otherwise fail with a 500 on the malformed value.
 */
export const rejectImpossibleIds: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null) return args
  const text = String(id)
  const valid = req.payload.db.name === 'mongoose' ? /^[0-9a-f]{24}$/i.test(text) : /^\d{1,15}$/.test(text)
  if (!valid) throw new NotFound(req.t)
  return args
}
