import type { GlobalConfig, PayloadRequest } from 'payload'

import { adminOnly, signedIn } from '@/access/anyone'
import { FOI_WORKING_DAYS, officeCalendar } from '@/config/foi'
import { isoDateToJalali } from '@/lib/persian'
import { dueDate } from '@/lib/workingCalendar'
import { FOI_CALENDAR_SLUG } from './vocabulary'

/**
 * The public holidays FOI deadlines skip, edited by the ministry's admins and read by staff.
 * Dates are ISO calendar days in the offices' time zone (a date-time picker would store an instant
 * that shifts with the browser's zone), entered and shown in the Jalali calendar in the admin.
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
      admin: { components: { RowLabel: '@/foi/admin/HolidayDateField#HolidayRowLabel' } },
      fields: [
        {
          name: 'date',
          type: 'text',
          required: true,
          label: { fa: 'تاریخ', en: 'Date' },
          // Entered and shown in the Jalali calendar in the admin; stored, and taken by the API, as YYYY-MM-DD.
          admin: { components: { Field: '@/foi/admin/HolidayDateField#HolidayDateField' } },
          validate: (value: unknown) =>
            (typeof value === 'string' && isoDateToJalali(value) !== null) ||
            'روز، ماه و سال خورشیدیِ یک روز واقعی را وارد کنید، مثلاً ۱ فروردین ۱۴۰۵. / Enter a real Jalali day, month and year, e.g. 1 Farvardin 1405 (through the API: YYYY-MM-DD, e.g. 2026-03-21).',
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
