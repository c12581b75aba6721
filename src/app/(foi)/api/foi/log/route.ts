import { newsroom } from '@/app/newsroom'
import { logHandler } from '@/foi'

export const dynamic = 'force-dynamic'
export const GET = logHandler(newsroom)
