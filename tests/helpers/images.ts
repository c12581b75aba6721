import sharp from 'sharp'
import { deflateSync } from 'zlib'

/** A JPEG that carries camera and GPS metadata, as a phone photo would. */
export async function jpegWithGps(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'X1', Copyright: 'newsroom-test' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 41/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '51/1 25/1 0/1' },
    })
    .toBuffer()
}

export async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: '#ff0000' } })
    .png()
    .toBuffer()
}

export const SVG_WITH_SCRIPT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
)

/** CRC-32 as PNG chunks carry it (`zlib.crc32` exists only from Node 20.15). */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

/**
 * A PNG of a few dozen bytes whose header claims `width`×`height` RGBA pixels: a decompression
 * bomb's shape (decoding it would need width × height × 4 bytes), with a valid signature and
 * CRCs so every parser takes it for a PNG.
 */
export function pngClaiming(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(16))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** The page tree of a one-page PDF: objects 1 (catalog), 2 (pages) and 3 (page). */
export const PDF_PAGE_OBJECTS = [
  '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
  '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj',
]

/** A PDF of these objects (text or bytes, numbered from 1), with a correct cross-reference table. */
export function pdfOf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n', 'latin1')]
  let length = parts[0].length
  const offsets: number[] = []
  for (const object of objects) {
    offsets.push(length)
    const bytes = Buffer.concat([typeof object === 'string' ? Buffer.from(object, 'latin1') : object, Buffer.from('\n')])
    parts.push(bytes)
    length += bytes.length
  }
  let trailer = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  trailer += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  trailer += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${length}\n%%EOF\n`
  return Buffer.concat([...parts, Buffer.from(trailer, 'latin1')])
}

/** A minimal, valid one-page PDF. */
export function minimalPdf(): Buffer {
  return pdfOf(PDF_PAGE_OBJECTS)
}
