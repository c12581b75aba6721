import { newsroom } from '@/app/newsroom'
import { lookupHandler } from '@/foi'

export const dynamic = 'force-dynamic'
export const GET = lookupHandler(newsroom)
