/** Query values of the portal's own forms and links, as page components receive them. */
export type PortalQuery = Record<string, string | string[] | undefined>

/** One value, cut to a length no message or field name of ours exceeds. */
export const one = (value: string | string[] | undefined): string | undefined =>
  typeof value === 'string' ? value.slice(0, 500) : undefined

/** A page number: a whole number from 1, anything else the first page. */
export const pageOf = (value: string | string[] | undefined): number =>
  typeof value === 'string' && /^[1-9]\d{0,3}$/.test(value) ? Number(value) : 1
