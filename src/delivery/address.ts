/**
 * The address a cached answer is filed under: path and query, as the WHATWG URL parser writes
 * them. One function for both sides: `respond` (./http.ts) notes each answer it sends under its
 * request's address, and the early answerer (./early.ts) looks the same address up.
 */
export function requestKey(url: string): string {
  const parsed = new URL(url, 'http://localhost')
  return `${parsed.pathname}${parsed.search}`
}
