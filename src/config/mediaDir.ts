import path from 'path'

/** Where uploads are stored: `./media` unless MEDIA_DIR says otherwise (tests use a temp folder). */
export function mediaDir(...segments: string[]): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.MEDIA_DIR || 'media', ...segments)
}
