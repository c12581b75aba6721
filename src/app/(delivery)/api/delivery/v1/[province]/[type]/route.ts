import { listHandler, optionsHandler } from '@/delivery/routes'

export const dynamic = 'force-dynamic'
export const GET = listHandler
export const HEAD = listHandler
export const OPTIONS = optionsHandler
