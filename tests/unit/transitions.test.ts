import { describe, expect, it } from 'vitest'

import { WORKFLOW_STATUSES, type WorkflowStatus } from '@/config/editorial'
import { allowedTargets, decideTransition, effectsOf, legalTargets, TRANSITIONS } from '@/workflow/transitions'

describe('the transition table (README, "Roles and workflow")', () => {
  it('lets editors only submit, and reviewers everything else', () => {
    for (const from of WORKFLOW_STATUSES) {
      expect(allowedTargets(from, 'editor'), from).toEqual(['draft', 'changes_requested'].includes(from) ? ['in_review'] : [])
      expect(allowedTargets(from, 'supervisor'), from).toEqual(allowedTargets(from, 'admin'))
    }
    expect(allowedTargets('in_review', 'supervisor').sort()).toEqual(['approved', 'changes_requested', 'published'])
    expect(allowedTargets('published', 'supervisor')).toEqual(['archived'])
    expect(legalTargets('archived')).toEqual([])
  })

  it('tells a move that does not exist (409) from one that is not the actor’s (403)', () => {
    expect(decideTransition('draft', 'archived', 'admin')).toMatchObject({
      ok: false,
      reason: 'illegal',
      allowed: ['in_review', 'published'],
    })
    expect(decideTransition('in_review', 'published', 'editor')).toMatchObject({ ok: false, reason: 'forbidden', allowed: [] })
    expect(decideTransition('draft', 'in_review', 'editor')).toMatchObject({ ok: true, transition: { name: 'submit' } })
    expect(decideTransition('in_review', 'changes_requested', 'supervisor')).toMatchObject({
      ok: true,
      transition: { commentRequired: true },
    })
    expect(decideTransition('approved', 'scheduled', 'admin')).toMatchObject({ ok: true, transition: { publishAtRequired: true } })
  })

  it('names every transition once per source state', () => {
    for (const from of WORKFLOW_STATUSES) {
      const targets = TRANSITIONS.filter((transition) => transition.from.includes(from)).map((transition) => transition.to)
      expect(new Set(targets).size, from).toBe(targets.length)
    }
  })
})

describe('effectsOf: what reaching a state writes', () => {
  const at = new Date('2026-12-06T05:30:00Z')

  it('publishes and retracts the stored version, and keeps everything else a draft', () => {
    expect(effectsOf('approved', 'published')).toEqual({
      data: { workflowStatus: 'published', _status: 'published', publishAt: null },
      draft: false,
    })
    expect(effectsOf('published', 'archived')).toEqual({ data: { workflowStatus: 'archived', _status: 'draft' }, draft: false })
    for (const to of ['in_review', 'changes_requested', 'approved'] as WorkflowStatus[]) {
      expect(effectsOf('draft', to)).toEqual({ data: { workflowStatus: to }, draft: true })
    }
  })

  it('sets the planned time when scheduling and clears it when leaving the schedule', () => {
    expect(effectsOf('approved', 'scheduled', at)).toEqual({
      data: { workflowStatus: 'scheduled', publishAt: at.toISOString() },
      draft: true,
    })
    expect(effectsOf('scheduled', 'approved')).toEqual({ data: { workflowStatus: 'approved', publishAt: null }, draft: true })
    expect(effectsOf('scheduled', 'published').data.publishAt).toBeNull()
  })
})
