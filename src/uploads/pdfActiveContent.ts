import zlib from 'zlib'

/** PDF action types that run something when the file is opened or clicked. */
const ACTIVE_NAMES = new Set(['JavaScript', 'JS', 'Launch'])

/** A PDF name: `/` and regular characters, `#xx` standing for one byte (`/J#53` is `/JS`). */
const NAME = /\/((?:[^\x00\t\n\f\r /[\]<>(){}%#]|#[0-9A-Fa-f]{2})+)/g

/** The start of a stream's data: the keyword right after its dictionary. */
const STREAM_START = />>[\x00\t\n\f\r ]*stream(?:\r\n|\r|\n)/g

/** An object stream inflates to a few hundred kilobytes; this bounds a deliberately huge one. */
const MAX_OBJECT_STREAM_BYTES = 16 * 1024 * 1024

function decodeName(raw: string): string {
  return raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

function* names(text: string): Generator<string> {
  for (const match of text.matchAll(NAME)) yield decodeName(match[1])
}

function firstActiveName(text: string): string | undefined {
  for (const name of names(text)) if (ACTIVE_NAMES.has(name)) return name
  return undefined
}

function inflated(data: Buffer): string | undefined {
  try {
    // A sync flush returns what a truncated stream holds instead of throwing, as viewers read it.
    return zlib.inflateSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: MAX_OBJECT_STREAM_BYTES }).toString('latin1')
  } catch {
    return undefined
  }
}

/**
 * The first JavaScript or launch action named in a PDF, or undefined. A ministry should not host
 * files that run code in a reader's viewer. Reads the objects outside streams and the compressed
 * object streams (`/Type /ObjStm`) where PDF 1.5+ writers put dictionaries; the binary data of
 * other streams (images, fonts, page content) is skipped, where random bytes could spell `/JS`.
 * This is a scan for what PDF writers produce, not a full parser: an encrypted or deliberately
 * malformed file can hide an action from it.
 */
export function activePdfContent(pdf: Buffer): string | undefined {
  const text = pdf.toString('latin1')
  let position = 0
  for (const start of text.matchAll(STREAM_START)) {
    if (start.index < position) continue
    const dataStart = start.index + start[0].length
    const dataEnd = text.indexOf('endstream', dataStart)
    if (dataEnd === -1) break
    const before = text.slice(position, start.index + 2)
    const found = firstActiveName(before)
    if (found) return found
    const objectStart = before.lastIndexOf('obj')
    const dictionary = [...names(objectStart === -1 ? before : before.slice(objectStart))]
    if (dictionary.includes('ObjStm')) {
      const data = pdf.subarray(dataStart, dataEnd)
      const objects = dictionary.includes('FlateDecode') ? inflated(data) : data.toString('latin1')
      const hidden = objects && firstActiveName(objects)
      if (hidden) return hidden
    }
    position = dataEnd + 'endstream'.length
  }
  return firstActiveName(text.slice(position))
}
