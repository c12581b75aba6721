import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Pagination } from '@/portal/components/Pagination'

describe("the portal's pagination", () => {
  it('keeps the question a list was searched with on its page links', () => {
    const html = renderToStaticMarkup(
      createElement(Pagination, { page: 2, totalPages: 3, basePath: '/portal/tehran/news', locale: 'fa', query: { q: 'نوسازی ناوگان' } }),
    )
    const q = new URLSearchParams({ q: 'نوسازی ناوگان' }).toString()
    expect(html).toContain(`href="/portal/tehran/news?${q}&amp;page=1"`)
    expect(html).toContain(`href="/portal/tehran/news?${q}&amp;page=3"`)
  })

  it('links plain page numbers when there is no question', () => {
    const html = renderToStaticMarkup(createElement(Pagination, { page: 1, totalPages: 2, basePath: '/portal/tehran/news', locale: 'en' }))
    expect(html).toContain('href="/portal/tehran/news?page=2"')
  })
})
