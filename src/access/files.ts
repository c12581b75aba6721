import type { Access, Where } from 'payload'

import { asNewsroomUser } from './roles'
import { scopeWhere, userScope } from './scope'

/**
 * Uploaded files (images, PDFs) become public when a document that uses them is published, and
 * not before: `publicFrom` is set then (to the end of the embargo for an embargoed release).
 * Until that moment a file is seen only inside its organization's scope, like a draft.
 */
export const publicFileOrInScope: Access = async ({ req }) => {
  const isPublic: Where = { publicFrom: { less_than_equal: new Date().toISOString() } }
  if (!asNewsroomUser(req.user)) return isPublic
  const inScope = scopeWhere(await userScope(req))
  return inScope === true ? true : { or: [isPublic, inScope] }
}
