import { newsroom } from '@/app/newsroom'
import { listHandler, optionsHandler } from '@/delivery'
import { registerEarlyRoute } from '@/lib/earlyAnswers'

export const dynamic = 'force-dynamic'
export const GET = listHandler(newsroom)
export const HEAD = GET
export const OPTIONS = optionsHandler

// The server's front calls this handler itself for lists not in the cache (src/scripts/earlyFront.ts).
registerEarlyRoute('list', GET)
