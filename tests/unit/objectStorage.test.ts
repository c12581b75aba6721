import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { objectStorageFromEnv, objectStoragePlugin } from '@/config/objectStorage'
import { collections } from '../../collections'

describe('object storage settings', () => {
  it('are off without S3_BUCKET, and a setting without the bucket is a mistake named at start', () => {
    expect(objectStorageFromEnv({})).toBeNull()
    expect(() => objectStorageFromEnv({ S3_ENDPOINT: 'https://s3.example.ir' })).toThrow(/S3_ENDPOINT set without S3_BUCKET/)
  })

  it('take a bucket alone (AWS, default credentials) or an S3-compatible endpoint, addressed by path', () => {
    expect(objectStorageFromEnv({ S3_BUCKET: 'media' })).toEqual({
      bucket: 'media',
      region: 'us-east-1',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
    })
    expect(
      objectStorageFromEnv({
        S3_BUCKET: 'media',
        S3_ENDPOINT: 'https://s3.example.ir',
        S3_REGION: 'ir-thr-1',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
      }),
    ).toEqual({
      bucket: 'media',
      region: 'ir-thr-1',
      endpoint: 'https://s3.example.ir',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    })
    expect(
      objectStorageFromEnv({ S3_BUCKET: 'media', S3_ENDPOINT: 'https://s3.example.ir', S3_FORCE_PATH_STYLE: 'false' })?.forcePathStyle,
    ).toBe(false)
  })

  it('refuse half a key pair, an endpoint that is not a URL and a path style that is not a boolean', () => {
    expect(() => objectStorageFromEnv({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' })).toThrow(
      /both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/,
    )
    expect(() => objectStorageFromEnv({ S3_BUCKET: 'media', S3_ENDPOINT: 's3.example.ir' })).toThrow(/must be an http\(s\) URL/)
    expect(() => objectStorageFromEnv({ S3_BUCKET: 'media', S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/true or false/)
  })
})

describe('the object storage plugin', () => {
  const configWith = async (storage: Parameters<typeof objectStoragePlugin>[0]) => {
    const config = await objectStoragePlugin(storage)({ collections: [...collections], secret: 'x', db: undefined as never } as Config)
    const bySlug = (slug: string) => config.collections!.find((collection) => collection.slug === slug)!
    return { media: bySlug('media'), attachments: bySlug('attachments'), others: config.collections!.filter((c) => !c.upload) }
  }
  const fieldNames = (collection: CollectionConfig) => collection.fields.map((field) => ('name' in field ? field.name : field.type))
  const upload = (collection: CollectionConfig) => (typeof collection.upload === 'object' ? collection.upload : {})

  it('keeps files in MEDIA_DIR when off, with the same fields (one schema, one set of migrations)', async () => {
    const off = await configWith(null)
    const on = await configWith({ bucket: 'media', region: 'us-east-1', forcePathStyle: true, endpoint: 'http://127.0.0.1:9000' })
    expect(upload(off.media).disableLocalStorage).toBeFalsy()
    expect(upload(off.media).handlers ?? []).toHaveLength(0)
    for (const slug of ['media', 'attachments'] as const) {
      expect(fieldNames(off[slug])).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
      expect(
        fieldNames(on[slug])
          .filter((name) => name !== 'url')
          .sort(),
      ).toEqual(
        fieldNames(off[slug])
          .filter((name) => name !== 'url')
          .sort(),
      )
    }
  })

  it('when on, stores the upload collections in the bucket only, served through Payload (its access rules), never as public objects', async () => {
    const on = await configWith({ bucket: 'media', region: 'us-east-1', forcePathStyle: false })
    for (const collection of [on.media, on.attachments]) {
      expect(upload(collection).disableLocalStorage).toBe(true)
      // Payload's file route answers through this handler after the collection's read access.
      expect(upload(collection).handlers).toHaveLength(1)
      expect(collection.access?.read).toBeDefined()
    }
    const prefix = (collection: CollectionConfig) =>
      (collection.fields.find((field) => 'name' in field && field.name === 'prefix') as { defaultValue?: string }).defaultValue
    expect(prefix(on.attachments)).toBe('attachments')
    expect(prefix(on.media)).toBe('')
  })
})
