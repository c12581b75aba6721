import { newsroom } from '@/app/newsroom'
import { detailHandler, optionsHandler } from '@/delivery'
import { registerEarlyRoute } from '@/lib/earlyAnswers'

export const dynamic = 'force-dynamic'
export const GET = detailHandler(newsroom)
export const HEAD = GET
export const OPTIONS = optionsHandler

// The server's front calls this handler itself for articles not in the cache (src/scripts/earlyFront.ts).
registerEarlyRoute('article', GET)
