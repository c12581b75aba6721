import { describe, expect, it } from 'vitest'

import { classifyChange, classifyDelete } from '@/delivery/changes'

describe('classifyChange', () => {
  it('tells publication, republication, unpublication and draft saves apart', () => {
    expect(classifyChange({ _status: 'published' }, { _status: 'draft' })).toBe('published')
    expect(classifyChange({ _status: 'published' }, { _status: 'published' })).toBe('updated')
    expect(classifyChange({ _status: 'draft', workflowStatus: 'archived' }, { _status: 'published' })).toBe('unpublished')
    // A draft saved over a live document changes nothing for the public.
    expect(classifyChange({ _status: 'draft', workflowStatus: 'draft' }, { _status: 'published' })).toBeNull()
    expect(classifyChange({ _status: 'draft' }, { _status: 'draft' })).toBeNull()
  })

  it('trusts the workflow’s note over previousDoc, which may be a pending draft of a live document', () => {
    expect(classifyChange({ _status: 'published' }, { _status: 'draft' }, { liveBefore: true })).toBe('updated')
    expect(classifyChange({ _status: 'published' }, { _status: 'draft' }, { liveBefore: false })).toBe('published')
    expect(classifyChange({ _status: 'draft', workflowStatus: 'archived' }, { _status: 'draft' }, { liveBefore: true })).toBe('unpublished')
  })

  it('treats deleting a live document as unpublishing it', () => {
    expect(classifyDelete({ _status: 'published' })).toBe('unpublished')
    expect(classifyDelete({ _status: 'draft' })).toBeNull()
  })
})
