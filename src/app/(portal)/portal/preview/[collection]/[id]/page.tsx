import { notFound } from 'next/navigation'

import { newsroom } from '@/app/newsroom'
import { PreviewView } from '@/portal/views/PreviewView'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ collection: string; id: string }>; searchParams: Promise<{ locale?: string }> }

export default async function Page({ params, searchParams }: Props) {
  const { collection, id } = await params
  const { locale } = await searchParams
  if (locale && locale !== 'fa' && locale !== 'en') notFound()
  return <PreviewView payload={await newsroom()} collection={collection} id={id} locale={locale === 'en' ? 'en' : 'fa'} />
}
