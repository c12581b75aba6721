import { S3 } from '@aws-sdk/client-s3'
import fs from 'fs'
import os from 'os'
import path from 'path'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { client, type Headers } from '../helpers/http'
import { minimalPdf } from '../helpers/images'
import {
  buildIfStale,
  seededEnvironment,
  seededTemplate,
  startServer,
  TEST_SEED_PASSWORD,
  type RunningServer,
  type ServerEnvironment,
} from '../helpers/server'

/**
 * Uploads on S3-compatible object storage (a local s3rver on 127.0.0.1, the npm package): files
 * land in the bucket and not on the node's disk, and are served only through the newsroom with
 * the collections' access rules (a new upload is private: no published document uses it yet). The
 * bucket's own privacy is the operator's (s3rver enforces none); the newsroom makes no object
 * public and hands out no signed URL (tests/unit/objectStorage.test.ts).
 */
const BUCKET = 'newsroom-media'
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

let s3rver: S3rver
let bucketDir: string
let s3: S3
let environment: ServerEnvironment
let server: RunningServer

beforeAll(async () => {
  bucketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-s3rver-'))
  s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: bucketDir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  })
  const { port } = await s3rver.run()
  const endpoint = `http://127.0.0.1:${port}`
  s3 = new S3({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  const [, template] = await Promise.all([buildIfStale(), seededTemplate()])
  const seeded = await seededEnvironment('object-storage', template)
  environment = {
    ...seeded,
    env: {
      ...seeded.env,
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    },
  }
  server = await startServer(environment)
})
afterAll(async () => {
  await server?.stop()
  await s3rver?.close()
  if (bucketDir) fs.rmSync(bucketDir, { recursive: true, force: true })
})

async function keys(): Promise<string[]> {
  const listed = await s3.listObjectsV2({ Bucket: BUCKET })
  return (listed.Contents ?? []).map((object) => object.Key!).sort()
}

async function objectBytes(key: string): Promise<Buffer> {
  const object = await s3.getObject({ Bucket: BUCKET, Key: key })
  return Buffer.from(await object.Body!.transformToByteArray())
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
}

describe('uploads on object storage', () => {
  it('stores images with their sizes and PDFs in the bucket, not on disk; serves them only through the newsroom with its access rules; deletes them with their document', async () => {
    const http = client(server.baseURL, TEST_SEED_PASSWORD)
    const editor: Headers = await http.login('editor.tehran@demo.newsroom')
    const org = await http.json<{ docs: Array<{ id: number }> }>('/api/organizations?where[slug][equals]=tehran')
    const tehran = org.body.docs[0]!.id
    const localBefore = new Set(filesUnder(environment.db.mediaDir))

    const image = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#3366aa' } })
      .jpeg()
      .toBuffer()
    const imageForm = new FormData()
    imageForm.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), 'object-storage-photo.jpg')
    imageForm.append('_payload', JSON.stringify({ alt: 'عکس در مخزن اشیا', organization: tehran }))
    const uploaded = await http.json<{ doc: { id: number; filename: string; url: string; sizes: Record<string, { filename: string }> } }>(
      '/api/media',
      { method: 'POST', headers: editor, body: imageForm },
    )
    expect(uploaded.status).toBe(201)
    const media = uploaded.body.doc

    const pdfForm = new FormData()
    pdfForm.append('file', new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }), 'object-storage-statement.pdf')
    pdfForm.append('_payload', JSON.stringify({ title: 'بیانیه در مخزن اشیا', organization: tehran }))
    const attached = await http.json<{ doc: { id: number; filename: string; url: string } }>('/api/attachments', {
      method: 'POST',
      headers: editor,
      body: pdfForm,
    })
    expect(attached.status).toBe(201)
    const attachment = attached.body.doc

    // In the bucket, the original and every size; the PDF under attachments/. Nothing on this node's disk.
    const stored = await keys()
    const imageKeys = [media.filename, ...Object.values(media.sizes).map((size) => size.filename)]
    for (const key of imageKeys) expect(stored).toContain(key)
    expect(stored).toContain(`attachments/${attachment.filename}`)
    expect(filesUnder(environment.db.mediaDir).filter((name) => !localBefore.has(name))).toEqual([])

    // Served at the newsroom's own URLs, with the collections' access: the public gets nothing yet.
    expect(new URL(media.url, server.baseURL).pathname).toBe(`/api/media/file/${encodeURIComponent(media.filename)}`)
    for (const url of [media.url, attachment.url]) {
      expect((await http.api(url)).status, `${url} for the public`).not.toBe(200)
    }
    const ownImage = await http.api(media.url, { headers: editor })
    expect(ownImage.status).toBe(200)
    expect(Buffer.from(await ownImage.arrayBuffer()).equals(await objectBytes(media.filename))).toBe(true)
    const ownPdf = await http.api(attachment.url, { headers: editor })
    expect(ownPdf.status).toBe(200)
    expect(Buffer.from(await ownPdf.arrayBuffer()).equals(minimalPdf())).toBe(true)

    // Deleting the document removes its objects.
    expect((await http.json(`/api/media/${media.id}`, { method: 'DELETE', headers: editor })).status).toBe(200)
    const after = await keys()
    for (const key of imageKeys) expect(after).not.toContain(key)
  }, 120_000)
})
