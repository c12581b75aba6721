import { build } from 'esbuild'
import fs from 'fs'
import path from 'path'

/**
 * The production server's entry (./serve.ts) compiled to one plain JavaScript file in the build
 * folder, for `node` itself to run. Run under tsx's loader instead, the server held about 200 MB
 * more (its hooks see every module Next.js loads) and ran out of its 384 MB heap rendering the
 * admin. Only our few modules are bundled; packages (Next.js) load from node_modules as usual.
 * Written under a temporary name and renamed, so servers starting together never read half a file.
 */
export async function serverEntry(root: string): Promise<string> {
  const outfile = path.join(root, '.next', 'newsroom-serve.mjs')
  const { outputFiles } = await build({
    entryPoints: [path.join(root, 'src', 'scripts', 'serve.ts')],
    outfile,
    write: false,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  })
  const temporary = `${outfile}.${process.pid}.${Date.now()}.tmp`
  fs.mkdirSync(path.dirname(outfile), { recursive: true })
  fs.writeFileSync(temporary, outputFiles[0]!.contents)
  fs.renameSync(temporary, outfile)
  return outfile
}
