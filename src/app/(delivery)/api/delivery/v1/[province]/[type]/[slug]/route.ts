import { detailHandler, optionsHandler } from '@/delivery/routes'

export const dynamic = 'force-dynamic'
export const GET = detailHandler
export const HEAD = detailHandler
export const OPTIONS = optionsHandler
