import { describe, expect, it } from 'vitest'

import { SERVER_HEAP_MB, serverNodeOptions } from '@/scripts/serverNodeOptions'

describe('the production server’s Node options', () => {
  it('adds the heap limit to whatever NODE_OPTIONS already holds', () => {
    expect(serverNodeOptions(undefined)).toBe(`--max-old-space-size=${SERVER_HEAP_MB}`)
    expect(serverNodeOptions('--enable-source-maps')).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB}`)
  })

  it('leaves an operator’s own heap limit alone', () => {
    expect(serverNodeOptions('--max-old-space-size=2048')).toBe('--max-old-space-size=2048')
  })
})
