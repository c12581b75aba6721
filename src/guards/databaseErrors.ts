import type { AfterErrorHook } from 'payload'

/**
 * A query the database itself refuses (SQLite's SQLITE_ERROR, MongoDB's cast errors) comes from
 * request input that got past validation: it is the client's mistake, so a 400, not a 500.
 * Other database failures (I/O, locks, constraints) stay 500s.
 */
export const databaseQueryErrorsAre400: AfterErrorHook = ({ error }) => {
  const causes: unknown[] = []
  for (let current: unknown = error; current && causes.length < 5; current = (current as { cause?: unknown }).cause) causes.push(current)
  const refused = causes.some((cause) => {
    const { code, name } = cause as { code?: unknown; name?: unknown }
    return code === 'SQLITE_ERROR' || code === 'SQLITE_MISMATCH' || name === 'CastError' || name === 'BSONError'
  })
  if (!refused) return
  return {
    status: 400,
    response: { errors: [{ message: 'پرس‌وجو معتبر نیست. / The query could not be run: check the where, sort and select parameters.' }] },
  }
}
