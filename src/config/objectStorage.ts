import { s3Storage, type S3StorageOptions } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

/**
 * Where uploads live: S3-compatible object storage when `S3_BUCKET` is set, otherwise the local
 * folder (MEDIA_DIR). With several nodes, each node's own folder would hold only the files
 * uploaded through it; a bucket (or one shared folder) is what they all see.
 *
 * The bucket must be private. Files are never public objects: every download goes through the
 * newsroom (`/api/media/file/…`, `/api/attachments/file/…`), which applies the collections' read
 * access (private until a document that uses them is published) and then streams the object.
 */
export type ObjectStorage = {
  bucket: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

export class ObjectStorageConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ObjectStorageConfigError'
  }
}

const DEFAULT_REGION = 'us-east-1'

/** Null when S3_BUCKET is unset; a half-given configuration stops the start with what is missing. */
export function objectStorageFromEnv(env: Record<string, string | undefined> = process.env): ObjectStorage | null {
  const value = (name: string) => env[name]?.trim() || undefined
  const bucket = value('S3_BUCKET')
  const settings = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE']
  if (!bucket) {
    const stray = settings.filter((name) => value(name))
    if (stray.length > 0) throw new ObjectStorageConfigError(`${stray.join(', ')} set without S3_BUCKET: set S3_BUCKET too, or unset them.`)
    return null
  }
  const accessKeyId = value('S3_ACCESS_KEY_ID')
  const secretAccessKey = value('S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ObjectStorageConfigError('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the AWS default credential chain).')
  }
  const endpoint = value('S3_ENDPOINT')
  if (endpoint && !/^https?:\/\/[^/]+/.test(endpoint)) {
    throw new ObjectStorageConfigError(`S3_ENDPOINT "${endpoint}" must be an http(s) URL, e.g. https://s3.example.ir`)
  }
  const pathStyle = value('S3_FORCE_PATH_STYLE')
  if (pathStyle && pathStyle !== 'true' && pathStyle !== 'false') {
    throw new ObjectStorageConfigError(`S3_FORCE_PATH_STYLE must be true or false, not "${pathStyle}".`)
  }
  return {
    bucket,
    region: value('S3_REGION') ?? DEFAULT_REGION,
    endpoint,
    // S3-compatible servers (MinIO, Ceph, most providers') address buckets by path; AWS by host name.
    forcePathStyle: pathStyle ? pathStyle === 'true' : Boolean(endpoint),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}

/** Attachments (PDFs) keep their own folder in the bucket, as under MEDIA_DIR; images are at its root. */
const PREFIXES = { media: '', attachments: 'attachments' } as const

/**
 * The storage plugin for the upload collections, on when S3_BUCKET is set. Its fields (`prefix`,
 * `_objectKey`) are in the schema either way, so one set of migrations serves both. Payload's own
 * access control stays on (`disablePayloadAccessControl` unset) and no signed URLs are made: a
 * file is read through the collection's access, then streamed from the bucket.
 */
export function objectStoragePlugin(storage: ObjectStorage | null = objectStorageFromEnv()): Plugin {
  return s3Storage({
    enabled: storage !== null,
    alwaysInsertFields: true,
    bucket: storage?.bucket ?? '',
    // A prefix for each (an empty one too): the plugin then gives both collections the same fields on or off.
    collections: Object.fromEntries(
      Object.entries(PREFIXES).map(([slug, prefix]) => [slug, { prefix }]),
    ) as S3StorageOptions['collections'],
    config: storage
      ? {
          region: storage.region,
          endpoint: storage.endpoint,
          forcePathStyle: storage.forcePathStyle,
          credentials: storage.credentials,
          // S3-compatible servers other than AWS often refuse the SDK's newer default of a
          // checksum trailer on every upload; send checksums only where the API requires them.
          ...(storage.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
        }
      : {},
  })
}
