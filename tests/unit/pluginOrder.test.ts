import type { CollectionConfig, Config, Plugin } from 'payload'
import { describe, expect, it } from 'vitest'

import { auditLogPlugin } from '@/audit/plugin'
import { deliveryPlugin } from '@/delivery/plugin'
import { foiPlugin } from '@/foi/plugin'
import { inputGuardsPlugin } from '@/guards/plugin'
import { relationshipScopePlugin } from '@/integrity/plugin'
import { jalaliDatesPlugin } from '@/dates/plugin'
import { notificationsPlugin } from '@/notifications/plugin'
import { portalPlugin } from '@/portal/plugin'
import { searchPlugin } from '@/search/plugin'
import { webhooksPlugin } from '@/webhooks/plugin'
import { workflowPlugin } from '@/workflow/plugin'
import { collections } from '../../collections'

/** What the features add to a config, in a form that does not depend on the order they were added in. */
async function footprint(plugins: Plugin[]) {
  let config: Config = { collections: [...collections], secret: 'x', db: undefined as never }
  for (const plugin of plugins) config = await plugin(config)
  const autoRun = config.jobs?.autoRun
  const hookCounts = (collection: CollectionConfig) =>
    Object.fromEntries(Object.entries(collection.hooks ?? {}).map(([name, hooks]) => [name, (hooks as unknown[]).length]))
  const events = (config.custom?.newsroomEvents ?? {}) as Record<string, unknown[]>
  return {
    collections: (config.collections ?? []).map((collection) => collection.slug).sort(),
    hooks: Object.fromEntries((config.collections ?? []).map((collection) => [collection.slug, hookCounts(collection)])),
    fields: Object.fromEntries(
      (config.collections ?? []).map((collection) => [
        collection.slug,
        collection.fields.map((field) => ('name' in field ? field.name : field.type)).sort(),
      ]),
    ),
    tasks: (config.jobs?.tasks ?? []).map((task) => task.slug).sort(),
    queues: (Array.isArray(autoRun) ? autoRun : []).map((entry) => entry.queue).sort(),
    listeners: Object.fromEntries(Object.entries(events).map(([event, listeners]) => [event, listeners.length])),
    livePreview: (config.collections ?? [])
      .filter((collection) => collection.admin?.livePreview?.url)
      .map((collection) => collection.slug)
      .sort(),
  }
}

/** Feature plugins: they add collections, jobs and subscriptions, and may be listed in any order. */
const FEATURES = () => [
  deliveryPlugin(),
  searchPlugin(),
  portalPlugin(),
  workflowPlugin(),
  notificationsPlugin(),
  webhooksPlugin(),
  foiPlugin(),
]
/** Plugins that cover every collection (audit hooks, input guards, the relationship rule, Jalali dates): after the features, in this order. */
const COVERING = () => [auditLogPlugin(), inputGuardsPlugin(), relationshipScopePlugin(), jalaliDatesPlugin('Asia/Tehran')]

const permutations = <T>(items: T[]): T[][] =>
  items.length <= 1
    ? [items]
    : items.flatMap((item, index) => permutations(items.filter((_, other) => other !== index)).map((rest) => [item, ...rest]))

describe('the feature plugins', () => {
  it('compose in any order: the same collections, fields, hooks, jobs, runner queues and event subscribers', async () => {
    const listed = await footprint([...FEATURES(), ...COVERING()])
    for (const order of permutations(FEATURES().map((_, index) => index))) {
      const features = FEATURES()
      expect(await footprint([...order.map((index) => features[index]!), ...COVERING()]), `order ${order}`).toEqual(listed)
    }
    // And they really add what they promise: the four runners (stored delivery answers, publishing, webhooks, FOI reminders), and the subscribers of the workflow's
    // and delivery's moments; search's field and hook and delivery's hooks and stored answers on
    // the editorial collections (the collections themselves declare none of them) and its cache
    // hooks on what answers embed.
    expect(listed.queues).toHaveLength(4)
    expect(listed.listeners).toEqual({
      transitionRecorded: 2,
      accessDenied: 1,
      publicChange: 1,
      foiTransitionRecorded: 1,
      personalDataRead: 1,
      foiDeadlineApproaching: 1,
    })
    expect(listed.hooks['webhooks']).toMatchObject({ afterChange: 1, beforeOperation: 2 })
    for (const slug of ['news-items', 'press-releases', 'campaigns']) {
      expect(
        collections.find((collection) => collection.slug === slug)!.fields.some((field) => 'name' in field && field.name === 'searchText'),
      ).toBe(false)
      expect(listed.fields[slug], slug).toEqual(expect.arrayContaining(['searchText', 'deliveredAnswers', 'deliveredDependsOn']))
      // The category keys of the public lists, only where there are categories.
      expect(listed.fields[slug]!.includes('categoryKeys'), slug).toBe(slug !== 'campaigns')
    }
    // A document's public changes reach the answers that show it: a campaign's its items' cards,
    // an article's the texts that link to it.
    expect(listed.hooks['news-items']).toMatchObject({ beforeChange: 6, afterChange: 6, afterDelete: 4 })
    expect(listed.hooks['campaigns']).toMatchObject({ afterChange: 5, afterDelete: 3 })
    // A deleted category also leaves the category keys of its documents.
    expect(listed.hooks['categories']).toMatchObject({ afterChange: 3, afterDelete: 4 })
    // The FOI desk's collections, audited, with the personal-data read hook and no editorial hooks.
    expect(listed.collections).toEqual(expect.arrayContaining(['foi-requests', 'foi-transitions', 'foi-filings']))
    expect(listed.hooks['foi-requests']).toMatchObject({ beforeChange: 1, afterOperation: 1, afterChange: 2, afterDelete: 1 })
    expect(listed.fields['foi-requests']).not.toContain('searchText')
    // The portal's live preview, on the editorial collections only.
    expect(listed.livePreview).toEqual(['campaigns', 'news-items', 'press-releases'])
  })
})
