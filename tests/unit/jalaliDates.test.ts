import type { Config, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import config from '@payload-config'
import { jalaliDatesPlugin } from '@/dates/plugin'

type Found = { where: string; field: Field }

/** Every date field of a list of fields that the admin can show, wherever it is nested. */
function dateFields(fields: Field[], where: string): Found[] {
  return fields.flatMap((field): Found[] => {
    // Fields the admin never shows (the auth fields Payload adds: reset and lockout times, sessions).
    if (('hidden' in field && field.hidden) || (field.admin as { disabled?: boolean } | undefined)?.disabled) return []
    const here = `${where}.${'name' in field ? field.name : field.type}`
    if (field.type === 'date') return [{ where: here, field }]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFields(tab.fields, here))
    if (field.type === 'blocks') return (field.blocks ?? []).flatMap((block) => dateFields(block.fields, here))
    if ('fields' in field && Array.isArray(field.fields)) return dateFields(field.fields, here)
    return []
  })
}

const componentPath = (component: unknown) =>
  typeof component === 'string' ? component : (component as { path?: string } | undefined)?.path

describe('Jalali dates in the admin', () => {
  it('reach every date field of the final config, createdAt and updatedAt included, with the zone as a prop', async () => {
    const sanitized = await config
    const found = [
      ...sanitized.collections.flatMap((collection) => dateFields(collection.fields, collection.slug)),
      ...sanitized.globals.flatMap((global) => dateFields(global.fields, global.slug)),
    ].filter(({ where }) => !where.startsWith('payload-'))
    // The desk's, the workflow's, the campaigns', the releases' dates and the timestamps.
    expect(found.map(({ where }) => where)).toEqual(
      expect.arrayContaining([
        'news-items.publishAt',
        'press-releases.embargoUntil',
        'campaigns.row.startsAt',
        'foi-requests.dueAt',
        'audit-log.createdAt',
        'notifications.createdAt',
        'workflow-transitions.createdAt',
        'news-items.updatedAt',
      ]),
    )
    // No date is left to Payload's Gregorian field and cell: each has ours, or names its own on purpose.
    for (const { where, field } of found) {
      const components = (field.admin as { components?: { Field?: unknown; Cell?: unknown } } | undefined)?.components
      expect(componentPath(components?.Field), where).toBeTruthy()
      expect(componentPath(components?.Cell), where).toBeTruthy()
    }
    const ours = (where: string) => {
      const { field } = found.find((candidate) => candidate.where === where)!
      const components = (field.admin as { components: { Field: unknown; Cell: unknown } }).components
      return [componentPath(components.Field), componentPath(components.Cell)]
    }
    for (const where of [
      'news-items.publishAt',
      'press-releases.embargoUntil',
      'campaigns.row.endsAt',
      'audit-log.createdAt',
      'users.updatedAt',
    ]) {
      expect(ours(where), where).toEqual(['@/dates/admin/DateField#DateField', '@/dates/admin/DateCell#DateCell'])
    }
  })

  it('keeps a component a field names itself, and adds no timestamps where a collection has none', async () => {
    const plugged = jalaliDatesPlugin('Asia/Kabul')({
      collections: [
        {
          slug: 'things',
          fields: [{ name: 'at', type: 'date', admin: { components: { Cell: '@/elsewhere#OwnCell' } } }],
        },
        { slug: 'plain', timestamps: false, fields: [] },
      ],
    } as unknown as Config) as Config
    const [things, plain] = plugged.collections!
    const at = things!.fields[0] as Field & { admin: { components: { Cell: unknown; Field: { clientProps: unknown } } } }
    expect(at.admin.components.Cell).toBe('@/elsewhere#OwnCell')
    expect(at.admin.components.Field.clientProps).toEqual({ timeZone: 'Asia/Kabul' })
    expect(things!.fields.map((field) => ('name' in field ? field.name : ''))).toEqual(['at', 'updatedAt', 'createdAt'])
    expect(plain!.fields).toEqual([])
  })
})
