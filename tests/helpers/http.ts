import { inject } from 'vitest'

export type Headers = Record<string, string>

/** HTTP calls to one server: the shared test server by default, or one a test started itself. */
export function client(base: string = inject('baseURL'), password: string = inject('seedPassword')) {
  // Answers may carry absolute URLs (the server knows its SERVER_URL): follow those as they are.
  const api = (path: string, init: RequestInit = {}) => fetch(/^https?:\/\//.test(path) ? path : `${base}${path}`, init)

  async function json<T = Record<string, unknown>>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
    const response = await api(path, init)
    const text = await response.text()
    let body: unknown
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      body = text
    }
    return { status: response.status, body: body as T }
  }

  const send = <T = Record<string, unknown>>(method: string, path: string, data: unknown, headers: Headers = {}) =>
    json<T>(path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(data) })

  /** Logs a demo account in through the REST API and returns the Authorization header. */
  async function login(email: string): Promise<Headers> {
    const { status, body } = await send<{ token?: string }>('POST', '/api/users/login', { email, password })
    if (status !== 200 || !body.token) throw new Error(`login of ${email} failed with ${status}`)
    return { Authorization: `JWT ${body.token}` }
  }

  async function graphql<T = Record<string, unknown>>(query: string, headers: Headers = {}) {
    return send<{ data?: T; errors?: Array<{ message: string }> }>('POST', '/api/graphql', { query }, headers)
  }

  return { base, api, json, send, login, graphql }
}

const shared = () => client()
export const baseURL = (): string => inject('baseURL')
export const api = (path: string, init?: RequestInit) => shared().api(path, init)
export const json = <T = Record<string, unknown>>(path: string, init?: RequestInit) => shared().json<T>(path, init)
export const login = (email: string) => shared().login(email)
export const graphql = <T = Record<string, unknown>>(query: string, headers?: Headers) => shared().graphql<T>(query, headers)
