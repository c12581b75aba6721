import type { LocalizationConfig } from 'payload'

/** Content is written in Persian first; English versions fall back to Persian where missing. */
export const localization: LocalizationConfig = {
  locales: [
    { code: 'fa', label: { fa: 'فارسی', en: 'Persian' }, rtl: true },
    { code: 'en', label: { fa: 'انگلیسی', en: 'English' } },
  ],
  defaultLocale: 'fa',
  fallback: true,
}

/**
 * The portal page's language, from its path: set by the request guard (src/edge/portalRequest.ts)
 * and read by the portal's root layout for `<html lang dir>`, which cannot see the `/en` segment.
 */
export const PORTAL_LOCALE_HEADER = 'x-newsroom-portal-locale'
