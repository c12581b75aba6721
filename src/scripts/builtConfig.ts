import fs from 'fs'
import path from 'path'

/** The variable Next.js's own standalone server (`output: 'standalone'`) hands the built config in. */
const STANDALONE_CONFIG = '__NEXT_PRIVATE_STANDALONE_CONFIG'

/**
 * Starts Next.js from the config its build resolved (`.next/required-server-files.json`), as its
 * standalone server does, instead of loading next.config.ts again. Loading a TypeScript config
 * compiles it with SWC, whose native library (26 MB) then stayed resident in the server for good,
 * with withPayload and its imports: 302 MB at rest on the 100,000-item benchmark database against
 * 271 MB without. Everything the server needs from the config is in that file, already resolved
 * (the headers are in the routes manifest). A build without the file starts the usual way.
 */
export function startFromBuiltConfig(dir: string): void {
  const file = path.join(dir, '.next', 'required-server-files.json')
  if (process.env[STANDALONE_CONFIG] || !fs.existsSync(file)) return
  const { config } = JSON.parse(fs.readFileSync(file, 'utf8')) as { config: unknown }
  process.env[STANDALONE_CONFIG] = JSON.stringify(config)
}
