import { newsroom } from '@/app/newsroom'
import { one, type PortalQuery } from '@/portal/query'
import { ListView } from '@/portal/views/ListView'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ province: string; type: string }>; searchParams: Promise<PortalQuery> }

export default async function Page({ params, searchParams }: Props) {
  const { province, type } = await params
  const { page, q } = await searchParams
  return <ListView payload={await newsroom()} provinceSlug={province} type={type} locale="en" page={one(page)} q={one(q)} />
}
