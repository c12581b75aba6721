import fs from 'fs'
import path from 'path'
import { APIError } from 'payload'
import sharp from 'sharp'
import { deflateSync } from 'zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { jpegWithGps, minimalPdf, PDF_PAGE_OBJECTS, pdfOf, png, pngClaiming } from '../helpers/images'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let fx: Fixtures

beforeAll(async () => {
  ctx = await startTestPayload('uploads')
  fx = await seedFixtures(ctx.payload)
})
afterAll(() => stopTestPayload(ctx))

const editor = () => ({ user: fx.user('editor.tehran'), overrideAccess: false as const })

function uploadImage(name: string, data: Buffer, mimetype: string) {
  return ctx.payload.create({
    collection: 'media',
    data: { alt: 'تصویر آزمایشی', organization: fx.org('tehran').id },
    file: { data, mimetype, name, size: data.length },
    ...editor(),
  })
}

function uploadPdf(name: string, data: Buffer) {
  return ctx.payload.create({
    collection: 'attachments',
    data: { title: 'پیوست آزمایشی', organization: fx.org('tehran').id },
    file: { data, mimetype: 'application/pdf', name, size: data.length },
    ...editor(),
  })
}

/** A refusal the user can act on: a 400 whose message says (in English too) what is wrong. */
const refusedWith = (pattern: RegExp) => (error: unknown) =>
  error instanceof APIError && error.status === 400 && pattern.test(error.message)

async function countOf(collection: 'media' | 'attachments'): Promise<number> {
  return (await ctx.payload.count({ collection, overrideAccess: true })).totalDocs
}

/** Every file under a folder, relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name)
    return entry.isDirectory() ? filesUnder(dir, relative) : [relative]
  })
}

describe('image size in pixels', () => {
  it('refuses a PNG whose header claims 60000×60000, quickly and without decoding it', async () => {
    const bomb = pngClaiming(60_000, 60_000)
    expect(bomb.length).toBeLessThan(100)
    const before = await countOf('media')
    const rssBefore = process.memoryUsage().rss
    const started = performance.now()

    const error = await uploadImage('bomb.png', bomb, 'image/png').catch((e: unknown) => e)

    const elapsed = performance.now() - started
    const grown = process.memoryUsage().rss - rssBefore
    expect(error).toSatisfy(refusedWith(/60000×60000 pixels, more than 50 megapixels/))
    expect((error as APIError).message).toMatch(/مگاپیکسل/)
    expect(elapsed).toBeLessThan(2_000)
    expect(grown).toBeLessThan(200 * 1024 * 1024)
    expect(await countOf('media')).toBe(before)
  })

  it('refuses just over 50 megapixels, which sharp alone would still try to decode', async () => {
    // 10000×5001 is under sharp's default limit (268 megapixels) but over ours.
    await expect(uploadImage('wide.png', pngClaiming(10_000, 5_001), 'image/png')).rejects.toSatisfy(refusedWith(/10000×5001 pixels/))
  })

  it("makes Payload's own sharp refuse to decode more than 50 megapixels, should anything reach it", async () => {
    const { constructorOptions } = ctx.payload.collections.media.config.upload
    expect(constructorOptions?.limitInputPixels).toBe(50_000_000)
    await expect(sharp(pngClaiming(10_000, 5_001), constructorOptions).toBuffer()).rejects.toThrow(/pixel limit/)
  })
})

describe('type by bytes', () => {
  it('refuses an HTML page named .png', async () => {
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n')
    await expect(uploadImage('photo.png', html, 'image/png')).rejects.toSatisfy(refusedWith(/JPEG, PNG, WebP/))
  })

  it('refuses an XML file, naming what it is', async () => {
    const xml = Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<note><to>editor</to><body>not an image</body></note>\n')
    await expect(uploadImage('data.png', xml, 'image/png')).rejects.toSatisfy(refusedWith(/it is application\/xml/))
  })

  it('keeps a JPEG sent as image/png under the type its bytes prove: image/jpeg, stored as .jpg', async () => {
    const doc = await uploadImage('claimed-png.png', await jpegWithGps(400, 300), 'image/png')
    expect(doc.mimeType).toBe('image/jpeg')
    expect(doc.filename).toBe('claimed-png.jpg')
    const stored = await sharp(path.join(ctx.db.mediaDir, doc.filename!)).metadata()
    expect(stored.format).toBe('jpeg')
  })
})

describe('file names', () => {
  const storedName = async (name: string) => (await uploadImage(name, await png(40, 40), 'image/png')).filename

  it('keep only the last segment of a path, with either separator, inside the media folder', async () => {
    const before = filesUnder(ctx.db.dir)
    expect(await storedName('../../etc/passwd.png')).toBe('passwd.png')
    expect(await storedName('..\\..\\windows\\x.png')).toBe('x.png')
    expect(await storedName('/absolute/path/y.png')).toBe('y.png')
    const added = filesUnder(ctx.db.dir).filter((file) => !before.includes(file))
    expect(added.length).toBeGreaterThan(0)
    const mediaFolder = path.relative(ctx.db.dir, ctx.db.mediaDir)
    const isDatabaseFile = (file: string) => file.startsWith('test.db')
    expect(added.filter((file) => !file.startsWith(mediaFolder + path.sep) && !isDatabaseFile(file))).toEqual([])
    expect(fs.existsSync(path.resolve(ctx.db.mediaDir, '../../etc/passwd.png'))).toBe(false)
  })

  it('lose control characters, bidirectional overrides and leading dots, and keep Persian with its ZWNJ', async () => {
    expect(await storedName('a\u0000b\u0007c\u001b.png')).toBe('abc.png')
    expect(await storedName('report\u202Egnp.exe.png')).toBe('reportgnp.exe.png')
    expect(await storedName('...hidden.png')).toBe('hidden.png')
    expect(await storedName('عکس‌خبری.png')).toBe('عکس‌خبری.png')
    expect(await storedName('..')).toBe('file.png')
  })
})

describe('PDF attachments', () => {
  const pageTree = PDF_PAGE_OBJECTS.slice(1)
  const catalogOpening = (action: number) => `1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction ${action} 0 R>>endobj`

  it('accept a real PDF, stored under a .pdf name whatever it was called', async () => {
    const doc = await uploadPdf('statement.html', minimalPdf())
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.filename).toBe('statement.pdf')
  })

  it('refuse bytes that only start like a PDF', async () => {
    const fake = Buffer.from('%PDF is what this claims, but it is text\n'.repeat(10))
    await expect(uploadPdf('fake.pdf', fake)).rejects.toSatisfy(refusedWith(/not a valid PDF/))
  })

  it('refuse an HTML page named .pdf', async () => {
    const html = Buffer.from('<html><body><script>alert(1)</script></body></html>')
    await expect(uploadPdf('statement.pdf', html)).rejects.toSatisfy(refusedWith(/not PDF/))
  })

  it('refuse more than 20 MB', async () => {
    const large = Buffer.concat([minimalPdf(), Buffer.alloc(20 * 1024 * 1024)])
    await expect(uploadPdf('large.pdf', large)).rejects.toSatisfy(refusedWith(/larger than 20 MB/))
  })

  it('refuse a PDF that runs JavaScript when opened, and store nothing', async () => {
    const before = await countOf('attachments')
    const pdf = pdfOf([catalogOpening(4), ...pageTree, '4 0 obj<</S/JavaScript/JS(app.alert\\(1\\))>>endobj'])
    await expect(uploadPdf('script.pdf', pdf)).rejects.toSatisfy(refusedWith(/active content \(\/JavaScript\)/))
    expect(await countOf('attachments')).toBe(before)
  })

  it('refuse JavaScript spelled with #-escapes', async () => {
    const pdf = pdfOf([catalogOpening(4), ...pageTree, '4 0 obj<</S/Java#53cript/J#53(app.alert\\(1\\))>>endobj'])
    await expect(uploadPdf('escaped.pdf', pdf)).rejects.toSatisfy(refusedWith(/active content \(\/JavaScript\)/))
  })

  it('refuse JavaScript hidden in a compressed object stream', async () => {
    const objects = '4 0 <</S/JavaScript/JS(app.alert\\(1\\))>>'
    const compressed = deflateSync(Buffer.from(objects, 'latin1'))
    const objectStream = Buffer.concat([
      Buffer.from(`5 0 obj<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length ${compressed.length}>>stream\n`, 'latin1'),
      compressed,
      Buffer.from('\nendstream\nendobj', 'latin1'),
    ])
    const pdf = pdfOf([catalogOpening(4), ...pageTree, '4 0 obj null endobj', objectStream])
    expect(pdf.includes(Buffer.from('/JavaScript'))).toBe(false)
    await expect(uploadPdf('compressed.pdf', pdf)).rejects.toSatisfy(refusedWith(/active content \(\/JavaScript\)/))
  })

  it('refuse a launch action', async () => {
    const pdf = pdfOf([catalogOpening(4), ...pageTree, '4 0 obj<</S/Launch/F(calc.exe)>>endobj'])
    await expect(uploadPdf('launch.pdf', pdf)).rejects.toSatisfy(refusedWith(/active content \(\/Launch\)/))
  })

  it('accept a PDF whose binary stream data happens to contain the bytes "/JS "', async () => {
    const noise = Buffer.concat([Buffer.from([0x00, 0xff, 0x10]), Buffer.from('/JS /JavaScript '), Buffer.from([0x9c, 0x00])])
    const image = Buffer.concat([
      Buffer.from(
        `4 0 obj<</Type/XObject/Subtype/Image/Width 1/Height 1/BitsPerComponent 8/ColorSpace/DeviceGray/Length ${noise.length}>>stream\n`,
        'latin1',
      ),
      noise,
      Buffer.from('\nendstream\nendobj', 'latin1'),
    ])
    const doc = await uploadPdf('noise.pdf', pdfOf([...PDF_PAGE_OBJECTS, image]))
    expect(doc.mimeType).toBe('application/pdf')
  })
})
