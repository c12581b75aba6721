import fs from 'fs'
import os from 'os'
import path from 'path'
import sharp from 'sharp'

import { rssSampler } from './memory'

export type ImageResult = {
  megapixels: number
  fileMb: number
  uploadMs: number
  rawSharpMs: number
  ratio: number
  serverPeakRssMb: number
}

const WIDTH = 6000
const HEIGHT = 4000
const RUNS = 3

/** A 24-megapixel camera-like JPEG: a gradient scene with sensor-like noise, so it compresses like a photo. */
export async function cameraJpeg(): Promise<Buffer> {
  const scene = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8ab"/><stop offset="1" stop-color="#532"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="4200" cy="1200" r="700" fill="#fe9"/>
    <rect x="600" y="2300" width="4800" height="1700" fill="#354"/></svg>`)
  const noise = await sharp({
    create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 18 } },
  })
    .raw()
    .toBuffer()
  return sharp(scene)
    .composite([{ input: noise, raw: { width: WIDTH, height: HEIGHT, channels: 3 }, blend: 'overlay' }])
    .jpeg({ quality: 90 })
    .toBuffer()
}

/**
 * What the media collection asks of sharp for an upload (collections/media), in Payload's order:
 * the original auto-rotated and re-encoded within 8192 px (which drops EXIF/GPS), then from that
 * the four WebP sizes at quality 82 in parallel, `og` cropped to 1200×630. Files are written, as
 * the server writes them.
 */
export async function rawSharpPipeline(input: Buffer, outDir: string): Promise<void> {
  const original = await sharp(input).rotate().resize({ width: 8192, height: 8192, fit: 'inside', withoutEnlargement: true }).toBuffer()
  await fs.promises.writeFile(path.join(outDir, 'original.jpg'), original)
  const webp = { quality: 82 }
  const sizes = [
    { name: 'thumbnail', width: 320 },
    { name: 'card', width: 768 },
    { name: 'hero', width: 1600 },
    { name: 'og', width: 1200, height: 630 },
  ]
  await Promise.all(
    sizes.map(async (size) => {
      const data = await sharp(original).rotate().resize({ width: size.width, height: size.height, fit: 'cover' }).webp(webp).toBuffer()
      await fs.promises.writeFile(path.join(outDir, `${size.name}.webp`), data)
    }),
  )
}

type Login = { baseURL: string; email: string; password: string }

async function token({ baseURL, email, password }: Login): Promise<string> {
  const response = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login as ${email} failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

async function upload(baseURL: string, jwt: string, photo: Buffer, run: number): Promise<number> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), `bench-camera-${run}.jpg`)
  form.append('_payload', JSON.stringify({ alt: `عکس دوربین ${run}` }))
  const started = performance.now()
  const response = await fetch(`${baseURL}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${jwt}` }, body: form })
  const text = await response.text()
  const ms = performance.now() - started
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${text.slice(0, 300)}`)
  const sizes = (JSON.parse(text) as { doc: { sizes: Record<string, { filename?: string | null }> } }).doc.sizes
  const missing = ['thumbnail', 'card', 'hero', 'og'].filter((name) => !sizes[name]?.filename)
  if (missing.length) throw new Error(`upload made no ${missing.join(', ')} size`)
  return ms
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Median of three uploads through the API against median of three direct sharp runs, with the server's peak RSS. */
export async function imageBenchmark(login: Login, serverPgid: number): Promise<ImageResult> {
  const photo = await cameraJpeg()
  const jwt = await token(login)
  const sampler = rssSampler(serverPgid)
  const uploads: number[] = []
  for (let run = 0; run < RUNS; run++) uploads.push(await upload(login.baseURL, jwt, photo, run))
  const serverPeakRssMb = sampler.stop()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-sharp-'))
  const raw: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now()
    await rawSharpPipeline(photo, dir)
    raw.push(performance.now() - started)
  }
  fs.rmSync(dir, { recursive: true, force: true })
  const uploadMs = Math.round(median(uploads))
  const rawSharpMs = Math.round(median(raw))
  return {
    megapixels: (WIDTH * HEIGHT) / 1e6,
    fileMb: Math.round((photo.length / 1e6) * 10) / 10,
    uploadMs,
    rawSharpMs,
    ratio: Math.round((uploadMs / rawSharpMs) * 100) / 100,
    serverPeakRssMb,
  }
}
