import fs from 'fs'
import path from 'path'

type HeaderRule = { regex: string; headers: Array<{ key: string; value: string }>; has?: unknown[]; missing?: unknown[] }

/**
 * The headers next.config.ts gives every response on a path (and those withPayload adds), read
 * from the build's routes manifest, where `next build` compiled them with the regular expression
 * Next.js's router matches them with. Answers sent before Next.js (./earlyFront.ts) carry them as
 * Next.js's would, with no second copy of the rules to keep in step. Undefined for a path a rule
 * with `has`/`missing` conditions matches: only Next.js can judge those.
 */
export function configHeaders(dir: string): (pathname: string) => Array<[string, string]> | undefined {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, '.next', 'routes-manifest.json'), 'utf8')) as { headers?: HeaderRule[] }
  const rules = (manifest.headers ?? []).map((rule) => ({ ...rule, pattern: new RegExp(rule.regex) }))
  return (pathname) => {
    const headers: Array<[string, string]> = []
    for (const rule of rules) {
      if (!rule.pattern.test(pathname)) continue
      if (rule.has?.length || rule.missing?.length) return undefined
      for (const { key, value } of rule.headers) headers.push([key, value])
    }
    return headers
  }
}
