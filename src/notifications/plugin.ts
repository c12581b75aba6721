import type { Config, Plugin } from 'payload'

import { TRANSITIONS_SLUG } from '@/config/editorial'
import { Notifications } from './collection'
import { notifyOnTransition } from './hooks/notifyOnTransition'

const UNREAD_ON_DASHBOARD = '@/notifications/admin/UnreadNotifications#UnreadNotifications'

/**
 * Workflow notifications as a Payload plugin: the `notifications` inbox, the hook on the workflow
 * history that writes (and emails) them, and the unread list on the dashboard. It hooks into
 * the history collection, so it must run after workflowPlugin.
 */
export const notificationsPlugin =
  (): Plugin =>
  (config: Config): Config => {
    if (!config.collections?.some((collection) => collection.slug === TRANSITIONS_SLUG)) {
      throw new Error('notificationsPlugin() must come after workflowPlugin() in the plugins list.')
    }
    return {
      ...config,
      collections: [
        ...config.collections.map((collection) =>
          collection.slug === TRANSITIONS_SLUG
            ? {
                ...collection,
                hooks: {
                  ...collection.hooks,
                  afterChange: [...(collection.hooks?.afterChange ?? []), notifyOnTransition],
                },
              }
            : collection,
        ),
        Notifications,
      ],
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), UNREAD_ON_DASHBOARD],
        },
      },
    }
  }
