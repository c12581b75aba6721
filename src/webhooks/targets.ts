import dns from 'node:dns'
import ipaddr from 'ipaddr.js'

/**
 * Where a webhook may point. The newsroom runs inside a ministry's network: a URL that reaches a
 * private, loopback or link-local address (a database, the cloud metadata endpoint at
 * 169.254.169.254, the newsroom itself) would let whoever configures a webhook make the server
 * call internal services (SSRF). Only public unicast addresses are accepted, unless
 * WEBHOOKS_ALLOW_PRIVATE=true — for development and for receivers that really live on the LAN.
 */

/** Read at every call, not at import: an operator can turn it off without a code change. */
export function privateTargetsAllowed(): boolean {
  return process.env.WEBHOOKS_ALLOW_PRIVATE === 'true'
}

export type ResolvedAddress = dns.LookupAddress

export type TargetCheck =
  | {
      ok: true
      url: URL
      /** The vetted addresses to connect to; `null` when private targets are allowed (system lookup). */ addresses:
        ResolvedAddress[] | null
    }
  | { ok: false; reason: Reason }

/** Why a target was refused, in the admin's two languages. */
export type Reason = { fa: string; en: string }

const refused = (detail: string): Reason => ({
  fa: `به نشانی داخلی یا خصوصی اشاره می‌کند (${detail})`,
  en: `it points to a private or internal address (${detail})`,
})

/**
 * An allowlist rather than a list of bad ranges: ipaddr.js names every special range (private,
 * loopback, linkLocal, uniqueLocal, unspecified, multicast, carrierGradeNat, broadcast, reserved,
 * NAT64, 6to4, Teredo, …) and calls only ordinary public addresses `unicast`. An IPv4-mapped IPv6
 * address (::ffff:10.0.0.1) is judged as the IPv4 address it reaches.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  const parsed = ipaddr.process(address)
  if (parsed.range() !== 'unicast') return false
  if (parsed.kind() === 'ipv6') {
    // Two deprecated IPv6 blocks that ipaddr.js still calls unicast: IPv4-compatible addresses
    // (::a.b.c.d, which some stacks route to IPv4) and site-local fec0::/10 (a private range).
    const v6 = parsed as ipaddr.IPv6
    if (v6.match(ipaddr.IPv6.parse('::'), 96) || v6.match(ipaddr.IPv6.parse('fec0::'), 10)) return false
  }
  return true
}

/** `[::1]` → `::1`, `example.ir.` → `example.ir`: the host as the resolver and ipaddr.js expect it. */
function bareHost(url: URL): string {
  return url.hostname
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase()
}

/** The URL's syntax: absolute, http or https. */
export function parseTargetUrl(value: string): URL | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
}

/**
 * What can be decided without asking DNS: the scheme, `localhost`, and literal IP addresses
 * (the WHATWG parser has already turned `http://2130706433/` and `http://0x7f.1/` into
 * 127.0.0.1). `null` when the host is a name that still has to be resolved.
 */
export function checkTargetWithoutDns(value: string): TargetCheck | null {
  const url = parseTargetUrl(value)
  if (!url)
    return { ok: false, reason: { fa: 'باید نشانی کامل http:// یا https:// باشد', en: 'it must be a full http:// or https:// URL' } }
  if (privateTargetsAllowed()) return { ok: true, url, addresses: null }
  const host = bareHost(url)
  if (host === 'localhost' || host.endsWith('.localhost')) return { ok: false, reason: refused(host) }
  if (ipaddr.isValid(host)) {
    if (!isPublicAddress(host)) return { ok: false, reason: refused(host) }
    return { ok: true, url, addresses: [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }] }
  }
  return null
}

/**
 * The full check: every address the name resolves to must be public (one private answer is
 * enough to refuse, since the connection could use it). Resolver failures are thrown: on save
 * they become a validation message, at send time a retryable network error.
 */
export async function checkTarget(value: string): Promise<TargetCheck> {
  const early = checkTargetWithoutDns(value)
  if (early) return early
  const url = parseTargetUrl(value)!
  const host = bareHost(url)
  const addresses = await dns.promises.lookup(host, { all: true, verbatim: true })
  const internal = addresses.find(({ address }) => !isPublicAddress(address))
  if (internal || addresses.length === 0) return { ok: false, reason: refused(`${host} → ${internal?.address ?? '–'}`) }
  return { ok: true, url, addresses }
}
