import { newsroom } from '@/app/newsroom'
import { sitemapHandler } from '@/delivery'

export const dynamic = 'force-dynamic'
export const GET = sitemapHandler(newsroom)
