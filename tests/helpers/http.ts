import { inject } from 'vitest'

export const baseURL = (): string => inject('baseURL')

export async function api(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${baseURL()}${path}`, init)
}

export async function json<T = Record<string, unknown>>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const response = await api(path, init)
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T }
}

/** Logs a demo account in through the REST API and returns the Authorization header. */
export async function login(email: string): Promise<Record<string, string>> {
  const { status, body } = await json<{ token?: string }>('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: inject('seedPassword') }),
  })
  if (status !== 200 || !body.token) throw new Error(`login of ${email} failed with ${status}`)
  return { Authorization: `JWT ${body.token}` }
}

export async function graphql<T = Record<string, unknown>>(
  query: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { data?: T; errors?: Array<{ message: string }> } }> {
  return json('/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
}
