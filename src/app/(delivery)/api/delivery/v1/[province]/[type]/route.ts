import { newsroom } from '@/app/newsroom'
import { listHandler, optionsHandler } from '@/delivery'

export const dynamic = 'force-dynamic'
export const GET = listHandler(newsroom)
export const HEAD = GET
export const OPTIONS = optionsHandler
