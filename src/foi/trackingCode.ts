import { randomInt } from 'crypto'

/** No 0/O or 1/I: a code read aloud over the phone or copied from paper cannot be misread. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/**
 * `FOI-XXXX-XXXX` from a cryptographic source: 32^8 ≈ 10^12 codes, so holding one is the proof
 * of being the requester (the public lookup answers to the code alone) and guessing is hopeless.
 */
export function newTrackingCode(): string {
  const group = () => Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')
  return `FOI-${group()}-${group()}`
}

/** A code as people type it (lower case, with spaces or without dashes) in its stored form, or null. */
export function normalizeTrackingCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-_]/g, '')
    .replace(/^FOI/, '')
  if (compact.length !== 8 || [...compact].some((char) => !CODE_ALPHABET.includes(char))) return null
  return `FOI-${compact.slice(0, 4)}-${compact.slice(4)}`
}
