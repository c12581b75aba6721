import { feedHandler, optionsHandler } from '@/delivery/routes'

export const dynamic = 'force-dynamic'
export const GET = feedHandler('rss')
export const OPTIONS = optionsHandler
