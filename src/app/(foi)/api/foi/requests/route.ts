import { newsroom } from '@/app/newsroom'
import { fileHandler } from '@/foi'

export const dynamic = 'force-dynamic'
export const POST = fileHandler(newsroom)
