import { headers } from 'next/headers'

import { newsroom } from '@/app/newsroom'
import type { Locale } from '@/delivery'
import { one, pageOf, type PortalQuery } from '@/portal/query'
import { FoiStatusView, FoiView } from '@/portal/views/FoiView'

/**
 * The portal's FOI pages, once for both languages: the route files under `[province]/foi` and
 * `[province]/en/foi` only name their language.
 */
type Props = { params: Promise<{ province: string }>; searchParams: Promise<PortalQuery> }

/** `/portal/{province}[/en]/foi`: filing (with a refused filing's problem), lookup, the public log. */
export const foiPage = (locale: Locale) =>
  async function FoiPage({ params, searchParams }: Props) {
    const query = await searchParams
    return (
      <FoiView
        payload={await newsroom()}
        provinceSlug={(await params).province}
        error={one(query.error)}
        field={one(query.field)}
        logPage={pageOf(query.page)}
        locale={locale}
      />
    )
  }

/** `/portal/{province}[/en]/foi/status?code=`: a request's state for the holder of its code. */
export const foiStatusPage = (locale: Locale) =>
  async function FoiStatusPage({ params, searchParams }: Props) {
    const query = await searchParams
    return (
      <FoiStatusView
        payload={await newsroom()}
        provinceSlug={(await params).province}
        code={typeof query.code === 'string' ? query.code.slice(0, 40) : ''}
        requestHeaders={await headers()}
        filed={query.filed === '1'}
        notice={{ error: one(query.error), replied: query.replied === '1' }}
        locale={locale}
      />
    )
  }
