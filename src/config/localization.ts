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
