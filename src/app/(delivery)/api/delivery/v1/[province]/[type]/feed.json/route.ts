import { feedHandler, optionsHandler } from '@/delivery/routes'

export const dynamic = 'force-dynamic'
export const GET = feedHandler('json')
export const OPTIONS = optionsHandler
