/** `SERVER_URL` without a trailing slash: the newsroom's public address, when configured. */
export function serverUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.SERVER_URL?.trim().replace(/\/+$/, '') || undefined
}

/**
 * The origin of absolute URLs in public answers (feeds, sitemap, JSON-LD, portal pages). Never
 * the request's `Host` header: a shared cache would keep an answer with an attacker's host in its
 * links for everyone. Unset, URLs stay relative to wherever the answer is read.
 */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return serverUrl(env) ?? ''
}
