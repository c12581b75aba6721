import { newsroom } from '@/app/newsroom'
import { DetailView } from '@/portal/views/DetailView'

export const dynamic = 'force-dynamic'

export default async function Page({ params }: { params: Promise<{ province: string; type: string; slug: string }> }) {
  const { province, type, slug } = await params
  return <DetailView payload={await newsroom()} provinceSlug={province} type={type} slug={slug} locale="en" />
}
