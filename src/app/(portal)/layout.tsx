import { headers } from 'next/headers'
import type { ReactNode } from 'react'

import { PORTAL_LOCALE_HEADER } from '@/config/localization'
import './portal.css'

export const metadata = { title: { default: 'درگاه اطلاع‌رسانی', template: '%s' } }

/** Server-rendered, no client state: the language and direction come from the path (see src/proxy.ts). */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const locale = (await headers()).get(PORTAL_LOCALE_HEADER) === 'en' ? 'en' : 'fa'
  return (
    <html lang={locale} dir={locale === 'fa' ? 'rtl' : 'ltr'}>
      <body>{children}</body>
    </html>
  )
}
