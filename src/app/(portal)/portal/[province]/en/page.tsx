import { newsroom } from '@/app/newsroom'
import { HomeView } from '@/portal/views/HomeView'

export const dynamic = 'force-dynamic'

export default async function Page({ params }: { params: Promise<{ province: string }> }) {
  return <HomeView payload={await newsroom()} provinceSlug={(await params).province} locale="en" />
}
