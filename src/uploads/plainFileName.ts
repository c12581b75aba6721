/** Long enough for a descriptive Persian title, short enough for every filesystem's 255 bytes. */
const MAX_STEM_CHARACTERS = 100

/**
 * Control characters (C0, DEL, C1), bidirectional embeddings and overrides (which can make
 * `gpj.exe` read as `exe.jpg`) and invisible direction marks. ZWNJ (U+200C) stays: it is part
 * of correct Persian spelling.
 */
const INVISIBLE_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** Characters Windows refuses in file names, or that a shell or URL would read specially. */
const RESERVED = /[<>:"|?*]/g

/**
 * The name an upload is stored under: the last segment of whatever path the client sent (either
 * separator), without control or invisible characters, without leading or trailing dots, and
 * with the extension of the type its bytes proved. `../../etc/passwd.png` becomes `passwd.png`,
 * and a PDF named `statement.html` is stored as `statement.pdf`, never as something a web server
 * in front of the media folder would serve as a page.
 */
export function plainFileName(claimed: string, extension: string): string {
  const lastSegment = claimed.replace(/\\/g, '/').split('/').pop() ?? ''
  const cleaned = lastSegment.normalize('NFC').replace(INVISIBLE_OR_CONTROL, '').replace(RESERVED, '').trim()
  const dot = cleaned.lastIndexOf('.')
  const stem = (dot === -1 ? cleaned : cleaned.slice(0, dot)).replace(/^[.\s]+|[.\s]+$/g, '')
  const bounded = [...stem].slice(0, MAX_STEM_CHARACTERS).join('').trim()
  return `${bounded || 'file'}.${extension}`
}
