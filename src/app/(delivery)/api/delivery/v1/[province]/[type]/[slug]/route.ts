import { newsroom } from '@/app/newsroom'
import { detailHandler, optionsHandler } from '@/delivery'

export const dynamic = 'force-dynamic'
export const GET = detailHandler(newsroom)
export const HEAD = GET
export const OPTIONS = optionsHandler
