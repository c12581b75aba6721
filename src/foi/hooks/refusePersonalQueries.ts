import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { sortPaths, wherePaths } from '@/integrity/relationPaths'
import { PERSONAL_FIELDS } from '../fields'

const QUERIES = new Set(['read', 'count', 'update', 'delete'])

/**
 * A requester's personal data is read only by looking at a request, which the audit log records
 * (./announcePersonalReads.ts); it is never a question asked of the requests. A `where` or `sort`
 * on the name, email or phone (`where[email][equals]=…` tells whether someone filed; `like` on
 * the phone spells it out digit by digit; a count says so without returning anything to audit)
 * is a 400 for every person, admins included. The system's own queries (no user) may.
 */
export const refusePersonalQueries: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user || !QUERIES.has(operation)) return args
  const { where, sort } = args as { where?: unknown; sort?: unknown }
  const named = [...wherePaths(where), ...sortPaths(sort)].map((path) => path.split('.')[0])
  const personal = PERSONAL_FIELDS.find((field) => named.includes(field))
  if (personal) {
    throw new APIError(
      `جست‌وجو یا مرتب‌سازی بر پایه داده‌های شخصی متقاضی ممکن نیست. / "${personal}" is the requester's personal data: requests cannot be filtered or sorted by it.`,
      400,
      undefined,
      true,
    )
  }
  return args
}
