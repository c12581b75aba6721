import type { CollectionBeforeChangeHook } from 'payload'

import { foiDueAt } from '../calendarGlobal'
import { normalizePhone } from '../contact'
import { newTrackingCode } from '../trackingCode'

/**
 * A new request gets its code, its registration time and its deadline from the server, never
 * from input (the fields are closed to people; this hook runs after Payload dropped their values):
 * a backdated or forward-dated registration would move the legal deadline.
 */
export const registerOnCreate: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (typeof data.phone === 'string') data.phone = data.phone.trim() ? normalizePhone(data.phone) : null
  if (typeof data.email === 'string') data.email = data.email.trim().toLowerCase() || null
  if (operation !== 'create') return data
  const registeredAt = new Date()
  return {
    ...data,
    trackingCode: newTrackingCode(),
    status: 'registered',
    outcome: null,
    registeredAt: registeredAt.toISOString(),
    dueAt: (await foiDueAt(req, registeredAt)).toISOString(),
  }
}
