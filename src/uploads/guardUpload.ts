import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import { fileTypeFromBuffer } from 'file-type'

import { toPersianDigits } from '@/lib/persian'
import { imageSize } from './imagePixels'
import { activePdfContent } from './pdfActiveContent'
import { plainFileName } from './plainFileName'

type UploadRules = {
  /** MIME types accepted, judged by the file's bytes, never by its name or the client's claim. */
  accept: readonly string[]
  maxBytes: number
  /** How the accepted types are named to the user, e.g. "JPEG, PNG, WebP". */
  acceptedNames: string
  /** Images: the most pixels (width × height × frames) accepted, read from the header. */
  maxPixels?: number
}

/**
 * Refuses an upload before Payload stores or decodes anything: too large, bytes that are not one
 * of the accepted formats (an SVG, an HTML page, an XML file, or a text file renamed `.jpg`), an
 * image whose header claims more pixels than decoding should ever be asked to hold (a
 * decompression bomb), or a PDF that runs code. What passes is stored under the type its bytes
 * prove — a JPEG sent as `image/png` is kept as the JPEG it is — and under a plain file name.
 */
export const guardUpload =
  (rules: UploadRules): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args

    const size = file.data?.length || file.size || 0
    if (size > rules.maxBytes) {
      const megabytes = Math.round(rules.maxBytes / (1024 * 1024))
      refuse(`حجم فایل بیش از ${toPersianDigits(String(megabytes))} مگابایت است. / ` + `The file is larger than ${megabytes} MB.`)
    }
    const detected = file.data?.length ? await fileTypeFromBuffer(file.data) : undefined
    if (!detected || !rules.accept.includes(detected.mime)) {
      refuse(
        `نوع فایل پذیرفته نیست؛ فقط ${rules.acceptedNames}. / ` +
          `This file is not ${rules.acceptedNames}${detected ? ` (it is ${detected.mime})` : ''}: upload one of those formats.`,
      )
    }
    if (rules.maxPixels) await refuseOversizedImage(file.data, rules.maxPixels)
    if (detected.mime === 'application/pdf') refuseUnsafePdf(file.data)

    file.mimetype = detected.mime
    file.name = plainFileName(file.name, detected.ext)
    return args
  }

async function refuseOversizedImage(data: Buffer, maxPixels: number): Promise<void> {
  const image = await imageSize(data)
  if (!image) {
    refuse('تصویر خوانا نیست یا آسیب دیده است. / The image cannot be read: it is damaged or incomplete.')
  }
  const pixels = image.width * image.height * image.frames
  if (pixels > maxPixels) {
    const limit = Math.floor(maxPixels / 1_000_000)
    const dimensions = `${image.width}×${image.height}${image.frames > 1 ? `×${image.frames}` : ''}`
    refuse(
      `ابعاد تصویر (${toPersianDigits(dimensions)}) بیش از ${toPersianDigits(String(limit))} مگاپیکسل است؛ آن را کوچک کنید. / ` +
        `The image is ${dimensions} pixels, more than ${limit} megapixels: resize it before uploading.`,
    )
  }
}

function refuseUnsafePdf(data: Buffer): void {
  // file-type settles for `%PDF`; a real PDF header is `%PDF-` and a version.
  if (data.subarray(0, 5).toString('latin1') !== '%PDF-') {
    refuse('این فایل PDF معتبر نیست. / This is not a valid PDF file.')
  }
  const action = activePdfContent(data)
  if (action) {
    refuse(
      `این PDF کد اجرایی دارد (/${action}) و منتشر نمی‌شود؛ آن را بدون اسکریپت دوباره بسازید. / ` +
        `This PDF contains active content (/${action}): save or print it again without scripts, then upload it.`,
    )
  }
}

/**
 * A public 400 whose message says what to do. (Not a ValidationError: its REST body carries only
 * a generic "field is invalid" line wherever `instanceof` fails across bundled module copies.)
 */
function refuse(message: string): never {
  throw new APIError(message, 400, null, true)
}
