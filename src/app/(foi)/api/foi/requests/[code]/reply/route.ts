import { newsroom } from '@/app/newsroom'
import { replyHandler } from '@/foi'

export const dynamic = 'force-dynamic'
export const POST = replyHandler(newsroom)
