import type { Config, Plugin } from 'payload'

import { subscribe } from '@/lib/events'
import { Notifications } from './collection'
import { notifyFoiDeadline } from './hooks/notifyFoiDeadline'
import { notifyOnTransition } from './hooks/notifyOnTransition'

const UNREAD_ON_DASHBOARD = '@/notifications/admin/UnreadNotifications#UnreadNotifications'

/**
 * Workflow notifications as a Payload plugin: the `notifications` inbox, a subscriber to the
 * workflow's `transitionRecorded` event that writes (and emails) them, one to the FOI desk's
 * deadline reminders, and the unread list on the dashboard.
 */
export const notificationsPlugin =
  (): Plugin =>
  (config: Config): Config =>
    subscribe(
      subscribe(
        {
          ...config,
          collections: [...(config.collections ?? []), Notifications],
          admin: {
            ...config.admin,
            components: {
              ...config.admin?.components,
              beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), UNREAD_ON_DASHBOARD],
            },
          },
        },
        'transitionRecorded',
        notifyOnTransition,
      ),
      'foiDeadlineApproaching',
      notifyFoiDeadline,
    )
