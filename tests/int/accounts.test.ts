import { APIError, AuthenticationError, handleEndpoints, LockedAuth, ValidationError, type IncomingAuthType } from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '@/payload-types'
import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let fx: Fixtures

beforeAll(async () => {
  ctx = await startTestPayload('accounts')
  fx = await seedFixtures(ctx.payload)
})
afterAll(() => stopTestPayload(ctx))

const PASSWORD = 'a-long-password-1'
let counter = 0

/** A fresh editor per test, so lockouts and resets never leak into another test. */
async function newAccount(password = PASSWORD): Promise<User> {
  return ctx.payload.create({
    collection: 'users',
    data: { email: `account${++counter}@example.ir`, password, name: `حساب ${counter}`, role: 'editor', organization: fx.org('tehran').id },
    overrideAccess: true,
  })
}

const login = (email: string, password: string) => ctx.payload.login({ collection: 'users', data: { email, password } })

/** The user a request carrying this token would be, as Payload's auth strategies decide. */
async function whoCarries(token: string) {
  const { user } = await ctx.payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
  return user
}

/** Payload's REST handler, in process (the Local API has no logout). */
function rest(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const body = options.body === undefined ? undefined : JSON.stringify(options.body)
  return handleEndpoints({
    config: ctx.payload.config,
    request: new Request(`http://localhost:3000/api${path}`, { method, headers, body }),
  })
}

/** The stored account with its hidden fields (hash, lock, reset token), read as the system. */
const stored = (id: number) => ctx.payload.findByID({ collection: 'users', id, showHiddenFields: true, overrideAccess: true, depth: 0 })

/** A system write of Payload's hidden auth fields, e.g. to move a lock or a token expiry into the past. */
const systemUpdate = (id: number, data: Partial<Pick<User, 'lockUntil' | 'resetPasswordExpiration'>>) =>
  ctx.payload.update({ collection: 'users', id, data, overrideAccess: true })

const anHourAgo = () => new Date(Date.now() - 60 * 60 * 1000).toISOString()

describe('login lockout', () => {
  it('refuses even the right password after 5 failures, for 10 minutes, and lets the user in once the lock has passed', async () => {
    const user = await newAccount()
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(login(user.email, 'not-the-password')).rejects.toBeInstanceOf(AuthenticationError)
    }
    await expect(login(user.email, PASSWORD)).rejects.toBeInstanceOf(LockedAuth)

    const lockedUntil = new Date((await stored(user.id)).lockUntil!).getTime()
    expect(lockedUntil - Date.now()).toBeGreaterThan(9 * 60 * 1000)
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(10 * 60 * 1000)

    await systemUpdate(user.id, { lockUntil: anHourAgo() })
    const { token } = await login(user.email, PASSWORD)
    expect((await whoCarries(token!))?.id).toBe(user.id)
  })

  it('does not lock after 4 failures', async () => {
    const user = await newAccount()
    for (let attempt = 1; attempt <= 4; attempt++) {
      await expect(login(user.email, 'not-the-password')).rejects.toBeInstanceOf(AuthenticationError)
    }
    await expect(login(user.email, PASSWORD)).resolves.toMatchObject({ user: { id: user.id } })
  })
})

describe('password length', () => {
  const isShortPasswordError = (error: unknown) =>
    error instanceof ValidationError &&
    error.status === 400 &&
    error.data.errors.some((e) => e.path === 'password' && /۱۲ نویسه/.test(e.message) && /at least 12 characters/.test(e.message))

  it('refuses an account created with fewer than 12 characters, and creates nothing', async () => {
    const email = 'short.create@example.ir'
    await expect(
      ctx.payload.create({
        collection: 'users',
        data: { email, password: 'short-pw-11', name: 'کوتاه', role: 'editor', organization: fx.org('tehran').id },
        user: fx.user('admin'),
        overrideAccess: false,
      }),
    ).rejects.toSatisfy(isShortPasswordError)
    expect((await ctx.payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('counts characters as typed, not bytes or UTF-16 units', async () => {
    const twelvePersianLetters = 'رمزعبورمطمئن'
    const user = await newAccount(twelvePersianLetters)
    expect((await login(user.email, twelvePersianLetters)).user?.id).toBe(user.id)
    // 11 letters are 22 bytes; 6 emoji are 12 UTF-16 units: both are still too short.
    await expect(newAccount(twelvePersianLetters.slice(0, 11))).rejects.toSatisfy(isShortPasswordError)
    await expect(newAccount('🔐🔑🔐🔑🔐🔑')).rejects.toSatisfy(isShortPasswordError)
  })

  it('refuses a change to a short password and keeps the old one', async () => {
    const user = await newAccount()
    const hashBefore = (await stored(user.id)).hash
    await expect(
      ctx.payload.update({
        collection: 'users',
        id: user.id,
        data: { password: 'short-pw-11' },
        user: { ...user, collection: 'users' },
        overrideAccess: false,
      }),
    ).rejects.toSatisfy(isShortPasswordError)
    expect((await stored(user.id)).hash).toBe(hashBefore)
    expect((await login(user.email, PASSWORD)).user?.id).toBe(user.id)
  })

  it('refuses a short password through the REST API with a 400 that says why', async () => {
    const user = await newAccount()
    const { token } = await login(user.email, PASSWORD)
    const response = await rest('PATCH', `/users/${user.id}`, { token, body: { password: 'short' } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/at least 12 characters/)
    expect((await login(user.email, PASSWORD)).user?.id).toBe(user.id)
  })

  it('refuses a short password on reset, and leaves the token usable for a proper one', async () => {
    const user = await newAccount()
    const token = await ctx.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    await expect(
      ctx.payload.resetPassword({ collection: 'users', data: { token, password: 'short-pw-11' }, overrideAccess: true }),
    ).rejects.toSatisfy(isShortPasswordError)
    await expect(login(user.email, 'short-pw-11')).rejects.toBeInstanceOf(AuthenticationError)
    await ctx.payload.resetPassword({ collection: 'users', data: { token, password: 'a-proper-new-password' }, overrideAccess: true })
    expect((await login(user.email, 'a-proper-new-password')).user?.id).toBe(user.id)
  })
})

describe('logout', () => {
  it('ends the session on the server: the same token no longer authenticates, other sessions stay', async () => {
    const user = await newAccount()
    const { token } = await login(user.email, PASSWORD)
    const { token: otherDevice } = await login(user.email, PASSWORD)
    expect((await whoCarries(token!))?.id).toBe(user.id)

    const response = await rest('POST', '/users/logout', { token })
    expect(response.status).toBe(200)

    expect(await whoCarries(token!)).toBeNull()
    expect((await whoCarries(otherDevice!))?.id).toBe(user.id)
  })
})

describe('password reset', () => {
  it('works once with its token, and ends every session opened before it', async () => {
    const user = await newAccount()
    const { token: before } = await login(user.email, PASSWORD)
    const resetToken = await ctx.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    expect(resetToken).toMatch(/^[0-9a-f]{40}$/)

    const reset = await ctx.payload.resetPassword({
      collection: 'users',
      data: { token: resetToken, password: 'a-brand-new-password' },
      overrideAccess: true,
    })
    expect(await whoCarries(before!)).toBeNull()
    expect((await whoCarries(reset.token!))?.id).toBe(user.id)
    await expect(login(user.email, PASSWORD)).rejects.toBeInstanceOf(AuthenticationError)
    expect((await login(user.email, 'a-brand-new-password')).user?.id).toBe(user.id)

    await expect(
      ctx.payload.resetPassword({
        collection: 'users',
        data: { token: resetToken, password: 'someone-elses-password' },
        overrideAccess: true,
      }),
    ).rejects.toSatisfy((error: unknown) => error instanceof APIError && error.status === 403)
    expect((await login(user.email, 'a-brand-new-password')).user?.id).toBe(user.id)
  })

  it('refuses an expired token', async () => {
    const user = await newAccount()
    const resetToken = await ctx.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    await systemUpdate(user.id, { resetPasswordExpiration: anHourAgo() })
    await expect(
      ctx.payload.resetPassword({
        collection: 'users',
        data: { token: resetToken, password: 'a-brand-new-password' },
        overrideAccess: true,
      }),
    ).rejects.toSatisfy((error: unknown) => error instanceof APIError && error.status === 403)
    expect((await login(user.email, PASSWORD)).user?.id).toBe(user.id)
  })
})

describe('session cookie', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  /** The users collection's cookie settings as a process with this environment would load them. */
  async function cookieUnder(env: Record<string, string>): Promise<string> {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
    vi.resetModules()
    const { Users } = await import('@collections/users')
    const sanitized = ctx.payload.collections.users.config.auth
    const configured = (Users.auth as IncomingAuthType).cookies
    return generatePayloadCookie({
      collectionAuthConfig: { ...sanitized, cookies: { ...sanitized.cookies, ...configured } },
      cookiePrefix: ctx.payload.config.cookiePrefix,
      token: 'a.b.c',
    })
  }

  it('the login response sets an HttpOnly, SameSite=Lax token cookie (not Secure outside production)', async () => {
    const response = await rest('POST', '/users/login', { body: { email: 'editor.tehran@demo.newsroom', password: 'fixture-password-1' } })
    expect(response.status).toBe(200)
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${ctx.payload.config.cookiePrefix}-token=`))
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).not.toMatch(/; Secure/)
  })

  it('is Secure in production', async () => {
    const cookie = await cookieUnder({ NODE_ENV: 'production', COOKIE_SECURE: '' })
    expect(cookie).toMatch(/; Secure/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
  })

  it('drops Secure in production only when COOKIE_SECURE=false', async () => {
    const cookie = await cookieUnder({ NODE_ENV: 'production', COOKIE_SECURE: 'false' })
    expect(cookie).not.toMatch(/; Secure/)
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
  })
})
