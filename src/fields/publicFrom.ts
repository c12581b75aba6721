import type { Field } from 'payload'

/** When a file became public; set by the system on publication, never by a person. */
export const publicFromField = (): Field => ({
  name: 'publicFrom',
  type: 'date',
  index: true,
  label: { fa: 'عمومی از', en: 'Public from' },
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
})
