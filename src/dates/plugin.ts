import type { CollectionConfig, Config, DateField, Field, GlobalConfig, Plugin } from 'payload'

import { organizationTimeZone } from '@/config/timeZone'

const FIELD = '@/dates/admin/DateField#DateField'
const CELL = '@/dates/admin/DateCell#DateCell'
const DOCUMENT_DATES = '@/dates/admin/DocumentDates#DocumentDates'

/**
 * Jalali dates in the admin, by one mechanism: every `date` field of every collection and global
 * (those of the plugins before it included: it is listed last, tests/unit/pluginOrder.test.ts)
 * and every collection's `createdAt`/`updatedAt` get the Field (a Jalali calendar with time in
 * Persian, Gregorian in English) and the Cell (Jalali with Persian digits / Gregorian) of
 * ./admin, both on the organization's clock (NEWSROOM_TIME_ZONE, read once when the config is
 * built). A field that names a Field or Cell of its own keeps it. The edit view's "Last modified"
 * and "Created" are printed the same way (./admin/DocumentDates). Stored values stay ISO UTC.
 */
export const jalaliDatesPlugin =
  (timeZone: string = organizationTimeZone()): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection): CollectionConfig => {
      if (collection.timestamps === false) return { ...collection, fields: jalaliFields(collection.fields, timeZone) }
      return {
        ...collection,
        fields: withTimestamps(jalaliFields(collection.fields, timeZone), { indexed: true, timeZone }),
        admin: withDocumentDates(collection.admin, timeZone),
      }
    }),
    globals: (config.globals ?? []).map((global): GlobalConfig => ({
      ...global,
      fields: withTimestamps(jalaliFields(global.fields, timeZone), { indexed: false, timeZone }),
    })),
  })

function jalaliDate(field: DateField, timeZone: string): DateField {
  const components = field.admin?.components
  return {
    ...field,
    admin: {
      ...field.admin,
      components: {
        ...components,
        Field: components?.Field ?? { path: FIELD, clientProps: { timeZone } },
        Cell: components?.Cell ?? { path: CELL, clientProps: { timeZone } },
      },
    },
  }
}

/** The edit view's "Last modified" and "Created", in the organization's calendar, before the document's buttons. */
function withDocumentDates(admin: CollectionConfig['admin'], timeZone: string): CollectionConfig['admin'] {
  const edit = admin?.components?.edit
  const dates = { path: DOCUMENT_DATES, clientProps: { timeZone } }
  return {
    ...admin,
    components: { ...admin?.components, edit: { ...edit, beforeDocumentControls: [dates, ...(edit?.beforeDocumentControls ?? [])] } },
  }
}

/** Every date field, descending into groups, rows, collapsibles, tabs, arrays and blocks. */
export function jalaliFields(fields: Field[], timeZone: string): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'date') return jalaliDate(field, timeZone)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: jalaliFields(tab.fields, timeZone) })) }
    if (field.type === 'blocks') {
      return { ...field, blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: jalaliFields(block.fields, timeZone) })) }
    }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: jalaliFields(field.fields, timeZone) } as Field
    return field
  })
}

/**
 * Payload adds `updatedAt` and `createdAt` itself after the plugins, with its Gregorian cell.
 * Declaring them here, exactly as Payload would (indexed on collections, hidden in the form, no
 * bulk edit; the same columns, so no migration), lets them carry the Jalali components; Payload
 * then adds none.
 */
function withTimestamps(fields: Field[], { indexed, timeZone }: { indexed: boolean; timeZone: string }): Field[] {
  const has = (name: string) => fields.some((field) => 'name' in field && field.name === name)
  const timestamp = (name: 'updatedAt' | 'createdAt'): DateField =>
    jalaliDate(
      {
        name,
        type: 'date',
        ...(indexed ? { index: true } : {}),
        label: ({ t }) => t(`general:${name}`),
        admin: { disableBulkEdit: true, hidden: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      timeZone,
    )
  return [...fields, ...(['updatedAt', 'createdAt'] as const).filter((name) => !has(name)).map(timestamp)]
}
