import { describe, expect, it } from 'vitest'

import { SERVER_HEAP_MB, SERVER_SEMI_SPACE_MB, serverNodeOptions } from '@/scripts/serverNodeOptions'

const OURS = `--max-old-space-size=${SERVER_HEAP_MB} --max-semi-space-size=${SERVER_SEMI_SPACE_MB}`

describe('the production server’s Node options', () => {
  it('adds the heap limit and the nursery size to whatever NODE_OPTIONS already holds', () => {
    expect(serverNodeOptions(undefined)).toBe(OURS)
    expect(serverNodeOptions('--enable-source-maps')).toBe(`--enable-source-maps ${OURS}`)
  })

  it('leaves an operator’s own heap limit or nursery size alone', () => {
    expect(serverNodeOptions('--max-old-space-size=2048')).toBe(`--max-old-space-size=2048 --max-semi-space-size=${SERVER_SEMI_SPACE_MB}`)
    expect(serverNodeOptions('--max-semi-space-size=16')).toBe(`--max-semi-space-size=16 --max-old-space-size=${SERVER_HEAP_MB}`)
  })
})
