/** The public FOI endpoints answer errors as the delivery API does: `{ "error", "field"? }`, never cached. */
export function publicProblem(
  status: number,
  error: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error, ...extra }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}

/** A request's own state is live data: a browser or proxy must not keep an old status. */
export function publicJson(body: unknown, status = 200, cacheControl = 'no-store'): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': cacheControl } })
}
