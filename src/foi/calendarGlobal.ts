import type { GlobalConfig, PayloadRequest } from 'payload'

import { adminOnly, signedIn } from '@/access/anyone'
import { FOI_WORKING_DAYS, officeCalendar } from '@/config/foi'
import { dueDate } from '@/lib/workingCalendar'
import { FOI_CALENDAR_SLUG } from './vocabulary'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The public holidays FOI deadlines skip, edited by the ministry's admins and read by staff.
 * Dates are ISO calendar days in the offices' time zone (a date-time picker would store an instant
 * that shifts with the browser's zone); Jalali entry and display can sit on top of them later.
 */
export const FoiCalendar: GlobalConfig = {
  slug: FOI_CALENDAR_SLUG,
  label: { fa: 'تقویم تعطیلات (دسترسی آزاد به اطلاعات)', en: 'Holiday calendar (FOI)' },
  admin: { group: { fa: 'دسترسی آزاد به اطلاعات', en: 'Freedom of information' } },
  access: { read: signedIn, update: adminOnly },
  fields: [
    {
      name: 'holidays',
      type: 'array',
      label: { fa: 'تعطیلات رسمی', en: 'Public holidays' },
      labels: { singular: { fa: 'تعطیل', en: 'Holiday' }, plural: { fa: 'تعطیلات', en: 'Holidays' } },
      fields: [
        {
          name: 'date',
          type: 'text',
          required: true,
          label: { fa: 'تاریخ (میلادی YYYY-MM-DD)', en: 'Date (YYYY-MM-DD)' },
          validate: (value: unknown) =>
            (typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) ||
            'تاریخ را به شکل YYYY-MM-DD وارد کنید، مثلاً 2026-03-21. / Enter the date as YYYY-MM-DD, e.g. 2026-03-21.',
        },
        { name: 'name', type: 'text', required: true, maxLength: 200, label: { fa: 'مناسبت', en: 'Occasion' } },
      ],
    },
  ],
}

/** The holidays as ISO dates, read as the system: deadlines are computed for everyone the same way. */
export async function foiHolidays(req: PayloadRequest): Promise<string[]> {
  const calendar = await req.payload.findGlobal({ slug: FOI_CALENDAR_SLUG, depth: 0, overrideAccess: true, req })
  return (calendar.holidays ?? []).map((holiday) => holiday.date)
}

/** When the answer to a request registered at `registeredAt` is due, on this deployment's calendar. */
export async function foiDueAt(req: PayloadRequest, registeredAt: Date): Promise<Date> {
  return dueDate(registeredAt, { ...officeCalendar(await foiHolidays(req)), workingDays: FOI_WORKING_DAYS })
}
