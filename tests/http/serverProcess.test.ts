import fs from 'fs'
import { describe, expect, inject, it } from 'vitest'

import { api } from '../helpers/http'

/**
 * The production server starts from the config its build resolved (src/scripts/builtConfig.ts).
 * Loading next.config.ts again compiles it with SWC, whose native library then stays mapped in
 * the server for good (26 MB of the memory at rest); the libraries the server maps say which way it
 * started. The config's own effects (its headers) are checked by ./headers.test.ts.
 */
describe('the production server process', () => {
  it('runs without the SWC compiler: next.config.ts was not compiled again at start', async () => {
    // Answering first: the server has loaded what it loads to serve the API.
    expect((await api('/api/delivery/v1/tehran/news')).status).toBe(200)
    const maps = fs.readFileSync(`/proc/${inject('serverPid')}/maps`, 'utf8')
    // Control: the maps are the server's, with the native libraries it does need.
    expect(maps).toContain('libsql')
    expect(maps).not.toContain('next-swc')
  })
})
