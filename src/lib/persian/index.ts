export { normalizePersian, searchKey, toAsciiDigits, toPersianDigits } from './normalize'
export { isCanonicalSlug, slugify } from './slug'
export { formatJalaliDate, formatJalaliDateTime } from './jalali'
export { formatIsoDateJalali, isoDateToJalali, jalaliToIsoDate, JALALI_MONTH_NAMES, type JalaliParts } from './jalaliDate'
