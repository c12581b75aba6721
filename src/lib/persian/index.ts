export { normalizePersian, searchKey, toAsciiDigits, toPersianDigits } from './normalize'
export { isCanonicalSlug, slugify } from './slug'
export { formatJalaliDate, formatJalaliDateTime } from './jalali'
