import { newsroom } from '@/app/newsroom'
import { one, pageOf, type PortalQuery } from '@/portal/query'
import { FoiView } from '@/portal/views/FoiView'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ province: string }>; searchParams: Promise<PortalQuery> }

export default async function Page({ params, searchParams }: Props) {
  const query = await searchParams
  return (
    <FoiView
      payload={await newsroom()}
      provinceSlug={(await params).province}
      error={one(query.error)}
      field={one(query.field)}
      logPage={pageOf(query.page)}
      locale="fa"
    />
  )
}
