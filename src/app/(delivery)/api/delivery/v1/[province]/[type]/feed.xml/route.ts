import { newsroom } from '@/app/newsroom'
import { feedHandler, optionsHandler } from '@/delivery'

export const dynamic = 'force-dynamic'
export const GET = feedHandler(newsroom, 'rss')
export const OPTIONS = optionsHandler
