import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import { fileTypeFromBuffer } from 'file-type'

type UploadRules = {
  /** MIME types accepted, judged by the file's bytes, never by its name or the client's claim. */
  accept: readonly string[]
  maxBytes: number
  /** How the accepted types are named to the user, e.g. "JPEG, PNG, WebP". */
  acceptedNames: string
}

/**
 * Refuses an upload before Payload stores or decodes anything: too large, or bytes that are not
 * one of the accepted formats (an SVG, an HTML page, or a text file renamed `.jpg`).
 */
export const guardUpload =
  (rules: UploadRules): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args

    const size = file.size ?? file.data?.length ?? 0
    if (size > rules.maxBytes) {
      refuse(
        `حجم فایل بیش از ${Math.round(rules.maxBytes / 1_000_000)} مگابایت است. / ` +
          `The file is larger than ${Math.round(rules.maxBytes / 1_000_000)} MB.`,
      )
    }
    const detected = file.data?.length ? await fileTypeFromBuffer(file.data) : undefined
    if (!detected || !rules.accept.includes(detected.mime)) {
      refuse(
        `نوع فایل پذیرفته نیست؛ فقط ${rules.acceptedNames}. / ` +
          `This file is not ${rules.acceptedNames}${detected ? ` (it is ${detected.mime})` : ''}: upload one of those formats.`,
      )
    }
    // Store under the type the bytes prove, not the one the client claimed.
    file.mimetype = detected!.mime
    return args
  }

/**
 * A public 400 whose message says what to do. (Not a ValidationError: its REST body carries only
 * a generic "field is invalid" line wherever `instanceof` fails across bundled module copies.)
 */
function refuse(message: string): never {
  throw new APIError(message, 400, null, true)
}
