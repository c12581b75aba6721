/** Set by src/proxy.ts from the path, read by the portal's root layout for <html lang dir>. */
export const PORTAL_LOCALE_HEADER = 'x-newsroom-portal-locale'
