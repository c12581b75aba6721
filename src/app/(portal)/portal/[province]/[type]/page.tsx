import { newsroom } from '@/app/newsroom'
import { ListView } from '@/portal/views/ListView'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ province: string; type: string }>; searchParams: Promise<{ page?: string }> }

export default async function Page({ params, searchParams }: Props) {
  const { province, type } = await params
  return <ListView payload={await newsroom()} provinceSlug={province} type={type} locale="fa" page={(await searchParams).page} />
}
