import type { CollectionBeforeOperationHook } from 'payload'
import { NotFound } from 'payload'

import { isPossibleId } from '@/db/possibleId'

/**
 * An id that cannot exist on this database (`abc` where ids are integers) is simply not found:
 * the adapter would otherwise fail with a 500 on the malformed value.
 */
export const rejectImpossibleIds: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null) return args
  if (!isPossibleId(req.payload, id)) throw new NotFound(req.t)
  return args
}
