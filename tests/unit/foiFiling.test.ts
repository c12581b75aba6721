import { describe, expect, it } from 'vitest'

import { contactProblem } from '@/foi/contact'
import { parseFiling } from '@/foi/public/filing'

describe('public filings', () => {
  const valid = {
    organization: 'tehran',
    name: 'مریم احمدی',
    email: 'maryam@example.ir',
    subject: 'بودجه',
    question: 'بودجه ۱۴۰۴ چقدر است؟',
  }

  it('accept a valid filing, from JSON or form values', () => {
    expect(parseFiling(valid)).toMatchObject({ ok: true, filing: { ...valid, phone: null, publishConsent: false } })
    expect(parseFiling({ ...valid, email: '', phone: '۰۹۱۲ ۳۴۵ ۶۷۸۹', publishConsent: 'on' })).toMatchObject({
      ok: true,
      filing: { email: null, publishConsent: true },
    })
  })

  it('name the field of each problem', () => {
    expect(parseFiling({ ...valid, website: 'http://spam.example' })).toMatchObject({ ok: false, field: 'website' })
    expect(parseFiling({ ...valid, name: '  ' })).toMatchObject({ ok: false, field: 'name' })
    expect(parseFiling({ ...valid, organization: undefined })).toMatchObject({ ok: false, field: 'organization' })
    expect(parseFiling({ ...valid, email: undefined })).toMatchObject({ ok: false, field: 'email' })
    expect(parseFiling({ ...valid, email: 'not-an-address' })).toMatchObject({ ok: false, field: 'email' })
    expect(parseFiling({ ...valid, phone: '12' })).toMatchObject({ ok: false, field: 'phone' })
    expect(parseFiling({ ...valid, subject: 'x'.repeat(301) })).toMatchObject({ ok: false, field: 'subject' })
    expect(parseFiling({ ...valid, question: 'a\u0000b' })).toMatchObject({ ok: false, field: 'question' })
    expect(parseFiling({ ...valid, name: ['a'] })).toMatchObject({ ok: false, field: 'name' })
    expect(parseFiling({ ...valid, publishConsent: 'maybe' })).toMatchObject({ ok: false, field: 'publishConsent' })
  })

  it('need an email or a phone', () => {
    expect(contactProblem('', null)?.field).toBe('email')
    expect(contactProblem(null, '09123456789')).toBeNull()
  })
})
