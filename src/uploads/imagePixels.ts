import sharp from 'sharp'

export type ImageSize = { width: number; height: number; frames: number }

/**
 * Width, height and frame count read from the image's header alone: sharp's `metadata()` parses
 * headers and decodes no pixels, so a 68-byte PNG that claims 60000×60000 costs nothing to
 * measure. Undefined when the header cannot be read. The pixel limit is lifted for this call
 * only, so the caller can refuse with its own message rather than sharp's.
 */
export async function imageSize(data: Buffer): Promise<ImageSize | undefined> {
  try {
    const { width, height, pages } = await sharp(data, { limitInputPixels: false }).metadata()
    if (!width || !height) return undefined
    return { width, height, frames: pages ?? 1 }
  } catch {
    return undefined
  }
}
