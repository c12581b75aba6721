import { newsroom } from '@/app/newsroom'
import { portalFileHandler } from '@/foi'

export const dynamic = 'force-dynamic'
export const POST = portalFileHandler(newsroom, 'en')
