import { describe, expect, it } from 'vitest'

import { figuresByOrganization, type FigureSource } from '@/foi/figures'
import { workingDaysBetween } from '@/lib/workingCalendar'

const tehran = (date: string, time: string) => `${date}T${time}:00+03:30`
const iso = (value: string) => new Date(value).toISOString()

describe('working days between registration and answer', () => {
  it('counts working days after the day registration counts from', () => {
    // Saturday 2026-05-02 10:00 → Wednesday 2026-05-06: Sun, Mon, Tue, Wed.
    expect(workingDaysBetween(new Date(tehran('2026-05-02', '10:00')), new Date(tehran('2026-05-06', '12:00')))).toBe(4)
    expect(workingDaysBetween(new Date(tehran('2026-05-02', '10:00')), new Date(tehran('2026-05-02', '13:00')))).toBe(0)
    // Across the Friday off and a holiday.
    expect(
      workingDaysBetween(new Date(tehran('2026-05-06', '10:00')), new Date(tehran('2026-05-10', '10:00')), { holidays: ['2026-05-09'] }),
    ).toBe(2)
  })
})

describe('FOI figures', () => {
  const row = (organization: number, extra: Partial<FigureSource>): FigureSource => ({
    organization,
    status: 'registered',
    registeredAt: iso(tehran('2026-05-02', '10:00')),
    dueAt: iso(tehran('2026-05-13', '14:30')),
    ...extra,
  })

  // Speeds in working days: 4 and 11 (the first organization), 3 (the second).
  it('count received, responded on time, overdue now, refusals by ground and complaints, per organization and in total', () => {
    const responded = { status: 'closed' as const, outcome: 'answered' as const }
    const docs = [
      row(1, { ...responded, respondedAt: iso(tehran('2026-05-06', '12:00')) }),
      row(1, { status: 'refused', outcome: 'refused', legalGround: 'classified', respondedAt: iso(tehran('2026-05-14', '09:00')) }),
      row(1, { status: 'assigned' }),
      row(2, {
        status: 'complaint',
        outcome: 'partially_answered',
        legalGround: 'private_information',
        respondedAt: iso(tehran('2026-05-05', '09:00')),
        complaint: { filedAt: iso(tehran('2026-05-20', '09:00')) },
      }),
      row(2, { status: 'clarification_requested' }),
    ]
    const { total, organizations } = figuresByOrganization(docs, {}, new Date(tehran('2026-06-01', '09:00')))
    expect(total).toMatchObject({
      received: 5,
      responded: 3,
      respondedOnTime: 2,
      overdueNow: 1,
      complaints: 1,
      medianWorkingDaysToRespond: 4,
    })
    expect(total.refusalsByGround).toMatchObject({ classified: 1, private_information: 1, commercial: 0 })
    expect(organizations.find((entry) => entry.organization === '1')).toMatchObject({
      received: 3,
      responded: 2,
      overdueNow: 1,
      medianWorkingDaysToRespond: 7.5,
    })
    expect(organizations.find((entry) => entry.organization === '2')).toMatchObject({
      received: 2,
      responded: 1,
      overdueNow: 0,
      complaints: 1,
    })
  })
})
