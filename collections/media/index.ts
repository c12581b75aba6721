import type { CollectionConfig } from 'payload'

import { createInScope, inScope } from '@/access/content'
import { publicFileOrInScope } from '@/access/files'
import { mediaDir } from '@/config/mediaDir'
import { organizationField } from '@/fields/organization'
import { publicFromField } from '@/fields/publicFrom'
import { fileFollowsItsOrganization } from '@/hooks/filesFollowOrganizations'
import { guardUpload } from '@/uploads/guardUpload'

const webp = { format: 'webp', options: { quality: 82 } } as const

export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024
/** 50 megapixels (a 8660×5773 photo) decode to about 200 MB; larger is not a news photo. */
export const MAX_IMAGE_PIXELS = 50_000_000

/**
 * Images for news, releases and campaigns. The original is re-encoded through sharp (the bounded
 * `resizeOptions` forces it), which drops EXIF and GPS metadata from what is stored and served;
 * every size is WebP, and `og` is cropped around the editor's focal point.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { fa: 'تصویر', en: 'Image' },
    plural: { fa: 'رسانه', en: 'Media' },
  },
  graphQL: { singularName: 'Media', pluralName: 'Medias' },
  admin: { useAsTitle: 'alt', group: { fa: 'محتوا', en: 'Content' } },
  access: {
    read: publicFileOrInScope,
    create: createInScope,
    update: inScope,
    delete: inScope,
  },
  hooks: {
    beforeOperation: [
      guardUpload({
        accept: IMAGE_MIME_TYPES,
        maxBytes: MAX_IMAGE_BYTES,
        maxPixels: MAX_IMAGE_PIXELS,
        acceptedNames: 'JPEG, PNG, WebP',
      }),
    ],
    afterChange: [fileFollowsItsOrganization],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: [...IMAGE_MIME_TYPES],
    // A second line behind guardUpload's header check: sharp itself refuses to decode more.
    constructorOptions: { limitInputPixels: MAX_IMAGE_PIXELS },
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    resizeOptions: { width: 8192, height: 8192, fit: 'inside', withoutEnlargement: true },
    withMetadata: false,
    // `fit: 'inside'` on the width-only sizes gives the same images, but keeps them off Payload's
    // focal-point path, which every size takes once a focal point exists: it decodes the full
    // photo twice per size without JPEG shrink-on-load (a 24 MP upload took 1.9× the time of the
    // same sizes made with sharp directly; tests/bench). Only `og` is cropped around the focus.
    imageSizes: [
      { name: 'thumbnail', width: 320, fit: 'inside', withoutEnlargement: false, formatOptions: webp },
      { name: 'card', width: 768, fit: 'inside', withoutEnlargement: false, formatOptions: webp },
      { name: 'hero', width: 1600, fit: 'inside', withoutEnlargement: false, formatOptions: webp },
      { name: 'og', width: 1200, height: 630, withoutEnlargement: false, formatOptions: webp },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      label: { fa: 'متن جایگزین', en: 'Alternative text' },
      admin: {
        description: {
          fa: 'توصیف تصویر برای نابینایان و موتورهای جست‌وجو.',
          en: 'What the image shows, for screen readers and search engines.',
        },
      },
    },
    organizationField(),
    publicFromField(),
  ],
}
