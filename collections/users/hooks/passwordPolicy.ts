import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'

import { toPersianDigits } from '@/lib/persian'

export const MIN_PASSWORD_LENGTH = 12

/**
 * Staff accounts publish in a ministry's name: a password needs at least 12 characters.
 * Payload's own check asks for 3 and cannot be configured, and on a password reset no field
 * validation or `beforeValidate` hook ever sees the new password. Every way of setting one —
 * creating an account, changing it, resetting it with a token — passes through an operation
 * whose arguments carry it in `data.password`, so the rule lives here, before anything is written.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password: unknown = 'data' in args ? (args.data as { password?: unknown } | undefined)?.password : undefined
  // An empty password on update means "unchanged"; a missing one on create is Payload's "required".
  if (typeof password !== 'string' || password === '') return args
  // Counted in characters, not UTF-16 units, so a Persian or emoji password is measured as typed.
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          path: 'password',
          message:
            `گذرواژه باید دست‌کم ${toPersianDigits(String(MIN_PASSWORD_LENGTH))} نویسه باشد. / ` +
            `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
        },
      ],
    })
  }
  return args
}
