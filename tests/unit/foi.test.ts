import { describe, expect, it } from 'vitest'

import { lexicalPlainText } from '@/lib/lexical/plainText'
import { lexicalFromParagraphs } from '@/lib/lexical/fromParagraphs'
import { isOverdue } from '@/foi/overdue'
import { CODE_ALPHABET, newTrackingCode, normalizeTrackingCode } from '@/foi/trackingCode'
import { decideFoiTransition } from '@/foi/transitions'

describe('tracking codes', () => {
  it('are FOI- and two groups of four from an alphabet without 0, O, 1 or I, and do not repeat', () => {
    const codes = Array.from({ length: 2000 }, newTrackingCode)
    for (const code of codes) expect(code).toMatch(/^FOI-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)
    expect(new Set(codes).size).toBe(codes.length)
    expect(CODE_ALPHABET).not.toMatch(/[01OI]/)
  })

  it('are found however people type them', () => {
    expect(normalizeTrackingCode('foi-7k3q-9xp2')).toBe('FOI-7K3Q-9XP2')
    expect(normalizeTrackingCode(' 7K3Q 9XP2 ')).toBe('FOI-7K3Q-9XP2')
    expect(normalizeTrackingCode('FOI7K3Q9XP2')).toBe('FOI-7K3Q-9XP2')
    expect(normalizeTrackingCode('FOI-7K3Q-9XP0')).toBeNull()
    expect(normalizeTrackingCode('FOI-7K3Q')).toBeNull()
    expect(normalizeTrackingCode("' OR 1=1 --")).toBeNull()
  })
})

describe('the FOI transition table', () => {
  it('lets supervisors assign, not editors (403 with what they may do), and names the legal targets of an illegal move (409)', () => {
    expect(decideFoiTransition('registered', 'assigned', 'supervisor').ok).toBe(true)
    expect(decideFoiTransition('registered', 'assigned', 'editor')).toEqual({
      ok: false,
      reason: 'forbidden',
      allowed: ['clarification_requested', 'referred'],
    })
    expect(decideFoiTransition('registered', 'answered', 'admin')).toEqual({
      ok: false,
      reason: 'illegal',
      allowed: ['assigned', 'clarification_requested', 'referred'],
    })
  })

  it('requires grounds and reasons for refusals and partial answers, the organization for a referral', () => {
    const requires = (from: Parameters<typeof decideFoiTransition>[0], to: Parameters<typeof decideFoiTransition>[1]) => {
      const decision = decideFoiTransition(from, to, 'admin')
      return decision.ok ? [...(decision.transition.requires ?? [])].sort() : null
    }
    expect(requires('assigned', 'refused')).toEqual(['legalGround', 'reason'])
    expect(requires('assigned', 'partially_answered')).toEqual(['answer', 'legalGround', 'reason'])
    expect(requires('assigned', 'referred')).toEqual(['referredTo'])
    expect(requires('complaint', 'closed')).toEqual(['complaintOutcome'])
    expect(requires('answered', 'closed')).toEqual([])
  })
})

describe('derived values', () => {
  it('overdue only while the desk owes an answer', () => {
    const past = '2026-01-01T00:00:00Z'
    expect(isOverdue('assigned', past)).toBe(true)
    expect(isOverdue('registered', past)).toBe(true)
    expect(isOverdue('clarification_requested', past)).toBe(false)
    expect(isOverdue('answered', past)).toBe(false)
    expect(isOverdue('assigned', '2999-01-01T00:00:00Z')).toBe(false)
  })

  it('an answer as plain text, with no markup', () => {
    expect(lexicalPlainText(lexicalFromParagraphs(['اول', 'دوم <script>']))).toBe('اول\n\nدوم <script>')
    expect(lexicalPlainText(null)).toBe('')
  })
})
