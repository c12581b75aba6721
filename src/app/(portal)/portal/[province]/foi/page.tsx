import { newsroom } from '@/app/newsroom'
import { FoiView } from '@/portal/views/FoiView'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ province: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 500) : undefined)

export default async function Page({ params, searchParams }: Props) {
  const query = await searchParams
  return (
    <FoiView
      payload={await newsroom()}
      provinceSlug={(await params).province}
      error={one(query.error)}
      field={one(query.field)}
      locale="fa"
    />
  )
}
