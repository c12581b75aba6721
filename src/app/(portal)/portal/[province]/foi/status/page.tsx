import { newsroom } from '@/app/newsroom'
import { one, type PortalQuery } from '@/portal/query'
import { FoiStatusView } from '@/portal/views/FoiView'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ province: string }>; searchParams: Promise<PortalQuery> }

export default async function Page({ params, searchParams }: Props) {
  const query = await searchParams
  const code = typeof query.code === 'string' ? query.code.slice(0, 40) : ''
  const notice = { error: one(query.error), replied: query.replied === '1' }
  return (
    <FoiStatusView
      payload={await newsroom()}
      provinceSlug={(await params).province}
      code={code}
      filed={query.filed === '1'}
      notice={notice}
      locale="fa"
    />
  )
}
