import { foiPage } from '@/app/(portal)/portal/foiPages'

export const dynamic = 'force-dynamic'

export default foiPage('en')
