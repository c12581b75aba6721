import fs from 'fs'
import path from 'path'
import { describe, expect, it } from 'vitest'

import { serverNodeOptions } from '@/scripts/serverNodeOptions'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const start = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!

/** `npm start` execs the server from the shell (package.json), so its flags live there: kept in step here. */
describe('the start script', () => {
  it('prepares, then execs the server itself with the V8 flags the tests use (an operator’s own last) and two malloc arenas', () => {
    expect(start).toMatch(/^tsx src\/scripts\/start\.ts && .*exec node \.next\/newsroom-serve\.mjs$/)
    expect(start).toContain(`NODE_OPTIONS="${serverNodeOptions('')} $NODE_OPTIONS"`)
    expect(start).toContain('MALLOC_ARENA_MAX=2')
    expect(start).toContain('NODE_ENV=production')
  })
})
