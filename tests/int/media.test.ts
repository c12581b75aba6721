import fs from 'fs'
import path from 'path'
import { APIError } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedFixtures, type Fixtures } from '../helpers/fixtures'
import { jpegWithGps, minimalPdf, png, SVG_WITH_SCRIPT } from '../helpers/images'
import { startTestPayload, stopTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let fx: Fixtures

beforeAll(async () => {
  ctx = await startTestPayload('media')
  fx = await seedFixtures(ctx.payload)
})
afterAll(() => stopTestPayload(ctx))

function upload(name: string, data: Buffer, mimetype: string) {
  return ctx.payload.create({
    collection: 'media',
    data: { alt: 'تصویر آزمایشی', organization: fx.org('tehran').id },
    file: { data, mimetype, name, size: data.length },
    user: fx.user('editor.tehran'),
    overrideAccess: false,
  })
}

describe('media uploads', () => {
  it('produces every size at the configured dimensions, as WebP', async () => {
    const doc = await upload('photo.jpg', await jpegWithGps(2000, 1500), 'image/jpeg')
    expect(doc.width).toBe(2000)
    expect(doc.height).toBe(1500)
    const expected = {
      thumbnail: [320, 240],
      card: [768, 576],
      hero: [1600, 1200],
      og: [1200, 630],
    } as const
    for (const [name, [width, height]] of Object.entries(expected)) {
      const size = doc.sizes?.[name as keyof typeof expected]
      expect(size?.width, name).toBe(width)
      expect(size?.height, name).toBe(height)
      expect(size?.mimeType, name).toBe('image/webp')
      const stored = await sharp(path.join(ctx.db.mediaDir, size!.filename!)).metadata()
      expect([stored.width, stored.height, stored.format], name).toEqual([width, height, 'webp'])
    }
  })

  it('strips EXIF and GPS metadata from the stored original and every size', async () => {
    const original = await jpegWithGps(1200, 900)
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const doc = await upload('gps.jpg', original, 'image/jpeg')
    const files = [doc.filename!, ...Object.values(doc.sizes ?? {}).map((size) => size!.filename!)]
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(ctx.db.mediaDir, file))
      const meta = await sharp(bytes).metadata()
      expect(meta.exif, file).toBeUndefined()
      expect(bytes.includes(Buffer.from('TestPhone')), file).toBe(false)
      expect(bytes.includes(Buffer.from('GPS')), file).toBe(false)
    }
  })

  it('accepts PNG', async () => {
    const doc = await upload('chart.png', await png(800, 600), 'image/png')
    expect(doc.mimeType).toBe('image/png')
    expect(doc.sizes?.card?.width).toBe(768)
  })

  it('refuses an SVG with a clear error and stores nothing', async () => {
    const before = await ctx.payload.count({ collection: 'media' })
    await expect(upload('logo.svg', SVG_WITH_SCRIPT, 'image/svg+xml')).rejects.toSatisfy(
      (error: unknown) => error instanceof APIError && error.status === 400 && /JPEG, PNG, WebP/.test(error.message),
    )
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a text file renamed .jpg, whatever type the client claims', async () => {
    const text = Buffer.from('this is not an image, just text pretending to be one\n'.repeat(20))
    const error = await upload('photo.jpg', text, 'image/jpeg').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(APIError)
    expect((error as APIError).status).toBe(400)
    expect((error as APIError).message).toMatch(/JPEG, PNG, WebP/)
  })

  it('refuses a PDF where an image is expected', async () => {
    await expect(upload('doc.jpg', minimalPdf(), 'image/jpeg')).rejects.toMatchObject({ status: 400 })
  })

  it('requires alternative text', async () => {
    const data = await png(100, 100)
    await expect(
      ctx.payload.create({
        collection: 'media',
        data: { organization: fx.org('tehran').id } as never,
        file: { data, mimetype: 'image/png', name: 'noalt.png', size: data.length },
        user: fx.user('editor.tehran'),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})

describe('attachments', () => {
  it('accept a PDF and refuse an image', async () => {
    const pdf = minimalPdf()
    const doc = await ctx.payload.create({
      collection: 'attachments',
      data: { title: 'متن کامل اطلاعیه', organization: fx.org('tehran').id },
      file: { data: pdf, mimetype: 'application/pdf', name: 'statement.pdf', size: pdf.length },
      user: fx.user('editor.tehran'),
      overrideAccess: false,
    })
    expect(doc.mimeType).toBe('application/pdf')
    const image = await png(50, 50)
    await expect(
      ctx.payload.create({
        collection: 'attachments',
        data: { title: 'نه', organization: fx.org('tehran').id },
        file: { data: image, mimetype: 'application/pdf', name: 'fake.pdf', size: image.length },
        user: fx.user('editor.tehran'),
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})
