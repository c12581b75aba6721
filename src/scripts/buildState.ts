import fs from 'fs'
import path from 'path'

/** What a production build depends on: when any of it is newer than the build, build again. */
const BUILD_INPUTS = ['src', 'collections', 'payload.config.ts', 'next.config.ts', 'package-lock.json']

function newestMtime(full: string): number {
  if (!fs.existsSync(full)) return 0
  const stat = fs.statSync(full)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(full).reduce((newest, child) => Math.max(newest, newestMtime(path.join(full, child))), stat.mtimeMs)
}

export function buildIsStale(root: string): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  return BUILD_INPUTS.some((entry) => newestMtime(path.join(root, entry)) > built)
}
