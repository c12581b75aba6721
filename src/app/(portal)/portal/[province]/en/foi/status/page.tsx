import { foiStatusPage } from '@/app/(portal)/portal/foiPages'

export const dynamic = 'force-dynamic'

export default foiStatusPage('en')
