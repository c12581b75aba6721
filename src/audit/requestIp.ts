import type { PayloadRequest } from 'payload'

/**
 * The client's address as the reverse proxy reports it: the first hop of X-Forwarded-For, else
 * X-Real-IP, else empty (the Local API, scripts and jobs have no client).
 */
export function requestIp(req: Pick<PayloadRequest, 'headers'>): string {
  const forwarded = req.headers?.get('x-forwarded-for')?.split(',')[0]?.trim()
  if (forwarded) return forwarded
  return req.headers?.get('x-real-ip')?.trim() ?? ''
}
