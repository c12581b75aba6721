import { newsroom } from '@/app/newsroom'
import { FoiStatusView } from '@/portal/views/FoiView'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ province: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function Page({ params, searchParams }: Props) {
  const query = await searchParams
  const code = typeof query.code === 'string' ? query.code.slice(0, 40) : ''
  const notice = { error: typeof query.error === 'string' ? query.error.slice(0, 500) : undefined, replied: query.replied === '1' }
  return (
    <FoiStatusView
      payload={await newsroom()}
      provinceSlug={(await params).province}
      code={code}
      filed={query.filed === '1'}
      notice={notice}
      locale="en"
    />
  )
}
