'use client'
import dynamic from 'next/dynamic'

/**
 * The calendar, loaded when a date field or the schedule dialog first opens it: react-day-picker
 * and its styles stay out of the bundle of every admin page that merely shows a date.
 */
export const LazyDatePicker = dynamic(() => import('./ZonedDatePicker').then((module) => module.ZonedDatePicker), {
  ssr: false,
  loading: () => <span aria-busy="true" className="zoned-date-picker--loading" />,
})
