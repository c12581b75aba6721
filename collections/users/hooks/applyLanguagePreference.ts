import type { CollectionAfterChangeHook, CollectionAfterLoginHook, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'
import { sameId } from '@/access/relationId'

/**
 * The admin picks its language from Payload's language cookie. A user's saved preference is
 * written into that cookie when they log in and when they change it on their own account, so
 * the admin follows the person rather than the browser.
 */
function setLanguageCookie(req: PayloadRequest, language: User['language']): void {
  if (!language) return
  const name = `${req.payload.config.cookiePrefix || 'payload'}-lng`
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', `${name}=${language}; Path=/; SameSite=Lax; Max-Age=31536000`)
}

export const languageOnLogin: CollectionAfterLoginHook<User> = ({ req, user }) => {
  setLanguageCookie(req, user.language)
}

export const languageOnOwnChange: CollectionAfterChangeHook<User> = ({ req, doc, previousDoc, operation }) => {
  if (operation === 'update' && sameId(req.user?.id, doc.id) && doc.language !== previousDoc?.language) {
    setLanguageCookie(req, doc.language)
  }
  return doc
}
