import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { apiGuard } from '@/edge/apiGuard'

describe('the API guard', () => {
  it("leaves the public FOI endpoints' own parameters to them, and still refuses what no route should see", async () => {
    expect(apiGuard(new NextRequest('http://localhost/api/foi/log?province=tehran&page=0'))).toBeNull()
    expect(apiGuard(new NextRequest('http://localhost/api/foi-requests?page=0'))?.status).toBe(400)
    const huge = new NextRequest('http://localhost/api/foi/requests', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(3 * 1024 * 1024) },
    })
    expect(apiGuard(huge)?.status).toBe(413)
    expect(apiGuard(new NextRequest('http://localhost/api/foi/requests/FOI%00'))?.status).toBe(400)
  })
})
