import { describe, expect, it } from 'vitest'

import { formatJalaliDate, isCanonicalSlug, normalizePersian, searchKey, slugify, toAsciiDigits, toPersianDigits } from '@/lib/persian'

describe('normalizePersian', () => {
  it('turns Arabic Yeh and Kaf into Persian', () => {
    expect(normalizePersian('علي كريمي')).toBe('علی کریمی')
    expect(normalizePersian('مصطفى')).toBe('مصطفی')
  })
  it('removes tatweel, diacritics and direction marks but keeps ZWNJ', () => {
    expect(normalizePersian('تـــهران')).toBe('تهران')
    expect(normalizePersian('مُحَمَّد')).toBe('محمد')
    expect(normalizePersian('\u200Fمی\u200Cشود\u200E')).toBe('می\u200Cشود')
  })
})

describe('digits', () => {
  it('maps Persian and Arabic-Indic digits to ASCII and back', () => {
    expect(toAsciiDigits('۱۴۰۳/٠٥/۲۱')).toBe('1403/05/21')
    expect(toPersianDigits('1403')).toBe('۱۴۰۳')
  })
})

describe('slugify', () => {
  it('keeps Persian letters and joins words with hyphens', () => {
    expect(slugify('روابط عمومی استانداری')).toBe('روابط-عمومی-استانداری')
  })
  it('turns ZWNJ into a hyphen and normalizes letters and digits', () => {
    expect(slugify('اطلاع‌رسانی استان')).toBe('اطلاع-رسانی-استان')
    expect(slugify('گزارش ۱۴۰۳ كرمان')).toBe('گزارش-1403-کرمان')
    expect(slugify('گزارش 1403 کرمان')).toBe(slugify('گزارش ۱۴۰۳ كرمان'))
  })
  it('drops punctuation, quotes and leading or trailing separators', () => {
    expect(slugify('  «نشست خبری» — امروز!  ')).toBe('نشست-خبری-امروز')
    expect(slugify('Press Release: New Budget')).toBe('press-release-new-budget')
  })
  it('cuts long titles at a word boundary', () => {
    const slug = slugify('کلمه '.repeat(60))
    expect(Array.from(slug).length).toBeLessThanOrEqual(120)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.endsWith('کلمه')).toBe(true)
  })
  it('recognizes canonical slugs', () => {
    expect(isCanonicalSlug('روابط-عمومی')).toBe(true)
    expect(isCanonicalSlug('روابط عمومی')).toBe(false)
    expect(isCanonicalSlug('')).toBe(false)
  })
})

describe('searchKey', () => {
  it('makes differently typed spellings of the same words equal', () => {
    expect(searchKey('استانداري كرمان ۱۴۰۳')).toBe(searchKey('استانداری کرمان 1403'))
    expect(searchKey('مُحَمَّد  رضا')).toBe('محمد رضا')
    expect(searchKey('می‌شود')).toBe('می شود')
  })
})

describe('formatJalaliDate', () => {
  it('formats ISO dates in the Persian calendar with Persian digits', () => {
    // 2024-03-20 is Nowruz, 1 Farvardin 1403, in Tehran.
    const text = formatJalaliDate('2024-03-20T12:00:00Z')
    expect(text).toContain('فروردین')
    expect(text).toContain('۱۴۰۳')
  })
})
