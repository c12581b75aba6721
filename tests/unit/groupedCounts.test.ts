import { describe, expect, it } from 'vitest'

import { mongoPeriodPipeline } from '@/db/groupedCounts'

describe('the grouped daily counts on MongoDB', () => {
  it('match published documents of the scope inside the window and bucket them by the boundaries', () => {
    const boundaries = [
      new Date('2026-03-18T20:30:00Z'),
      new Date('2026-03-19T20:30:00Z'),
      new Date('2026-03-20T20:30:00Z'),
      new Date('2026-03-21T20:30:00Z'),
    ]
    const pipeline = mongoPeriodPipeline({ dateField: 'publishedAt', boundaries, organizations: ['a', 'b'] })
    expect(pipeline[0]).toEqual({
      $match: { _status: 'published', publishedAt: { $gte: boundaries[0], $lt: boundaries[3] }, organization: { $in: ['a', 'b'] } },
    })
    expect(pipeline[1]).toEqual({
      $group: {
        _id: {
          organization: '$organization',
          period: {
            $switch: {
              branches: [
                { case: { $lt: ['$publishedAt', boundaries[1]] }, then: 0 },
                { case: { $lt: ['$publishedAt', boundaries[2]] }, then: 1 },
              ],
              default: 2,
            },
          },
        },
        count: { $sum: 1 },
      },
    })
    // The admin's scope: no organization filter.
    expect(
      (mongoPeriodPipeline({ dateField: 'publishedAt', boundaries, organizations: null })[0] as { $match: object }).$match,
    ).not.toHaveProperty('organization')
  })
})
