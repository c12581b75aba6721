/**
 * Persian text normalization. Persian keyboards, Arabic keyboards and copy-pasted wire copy
 * produce visually identical words with different code points (ي/ی, ك/ک, ۱/1/١); anything that
 * is compared — slugs, search keys — must go through these functions on both sides.
 */

const ARABIC_YEH = /[\u064A\u0649]/g // ي and alef maksura ى, both read as Persian ی
const ARABIC_KAF = /\u0643/g // ك
const ARABIC_HEH_VARIANTS = /[\u06C0\u0629]/g // ۀ and ة are rendered as ه in keys
const TATWEEL = /\u0640/g
// Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks: not part of a word's identity.
const DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g
const PERSIAN_DIGITS = /[\u06F0-\u06F9]/g
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g
const ZWNJ_AND_JOINERS = /[\u200C\u200D]/g
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g

/** ۰-۹ and ٠-٩ to 0-9. */
export function toAsciiDigits(text: string): string {
  return text
    .replace(PERSIAN_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
}

/** 0-9 to ۰-۹, for display. */
export function toPersianDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)))
}

/**
 * Canonical Persian spelling for stored and displayed text: Arabic Yeh and Kaf become Persian,
 * tatweel and diacritics go, invisible direction marks go. ZWNJ is kept because it is part of
 * correct Persian spelling (می‌شود).
 */
export function normalizePersian(text: string): string {
  return text
    .normalize('NFC')
    .replace(ARABIC_YEH, 'ی')
    .replace(ARABIC_KAF, 'ک')
    .replace(TATWEEL, '')
    .replace(DIACRITICS, '')
    .replace(BIDI_CONTROLS, '')
}

/**
 * A comparison key: normalized letters, ASCII digits, lower case, ZWNJ and runs of whitespace
 * folded into one space. Both the stored key and the user's query pass through this.
 */
export function searchKey(text: string): string {
  return toAsciiDigits(normalizePersian(text))
    .replace(ARABIC_HEH_VARIANTS, 'ه')
    .replace(ZWNJ_AND_JOINERS, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
