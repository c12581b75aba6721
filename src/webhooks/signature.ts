import crypto from 'node:crypto'

export const SIGNATURE_HEADER = 'X-Newsroom-Signature'

/**
 * `sha256=<hex HMAC-SHA256 of the raw body>` with the webhook's secret, as GitHub and Stripe
 * receivers expect: the receiver recomputes it over the bytes it got and compares in constant time.
 */
export function signBody(secret: string, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`
}
