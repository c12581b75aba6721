import type { ReactNode } from 'react'

import { foiPortalPath, portalPath, type DeliveryType } from '@/config/publicUrls'
import type { Locale, OrganizationInfo } from '@/delivery'
import { TYPE_NAMES, WORDS } from '../i18n'

const TYPES: DeliveryType[] = ['news', 'press-releases', 'campaigns']

/** The national Freedom-of-Information portal, unless a province has its own address. */
export function foiUrl(province: OrganizationInfo): string {
  return province.foiUrl || process.env.FOI_PORTAL_URL || 'https://foia.ir'
}

/** Header, navigation and footer (the national FOI badge and the province's own FOI desk) around a page. */
export function Shell({
  province,
  locale,
  children,
  alternatePath,
}: {
  province: OrganizationInfo
  locale: Locale
  children: ReactNode
  /** The same page in the other language. */
  alternatePath: string
}) {
  const words = WORDS[locale]
  const home = `/portal/${province.slug}${locale === 'en' ? '/en' : ''}`
  return (
    <>
      <a className="skip" href="#main">
        {words.skip}
      </a>
      <header className="site-header">
        <p className="site-title">
          <a href={home}>
            {words.portalOf} — {province.name[locale]}
          </a>
        </p>
        <nav aria-label={words.home}>
          <ul>
            <li>
              <a href={home}>{words.home}</a>
            </li>
            {TYPES.map((type) => (
              <li key={type}>
                <a href={portalPath(province.slug, type, undefined, locale)}>{TYPE_NAMES[type][locale]}</a>
              </li>
            ))}
            <li>
              <a href={alternatePath} hrefLang={locale === 'fa' ? 'en' : 'fa'} lang={locale === 'fa' ? 'en' : 'fa'}>
                {words.otherLanguage}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <a className="foi-badge" href={foiUrl(province)} rel="noopener">
          <strong>{words.foi}</strong>
          <span>{words.foiText}</span>
        </a>
        <p>
          <a href={foiPortalPath(province.slug, locale)}>{words.foiDesk}</a>
        </p>
        <p>© {province.name[locale]}</p>
      </footer>
    </>
  )
}
