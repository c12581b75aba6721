import { newsroom } from '@/app/newsroom'
import { portalReplyHandler } from '@/foi'

export const dynamic = 'force-dynamic'
export const POST = portalReplyHandler(newsroom, 'en')
