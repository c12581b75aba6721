import type { Config, Plugin } from 'payload'

const DASHBOARD = '@/dashboards/admin/Dashboard#Dashboard'

/**
 * The landing page's figures and charts for the signed-in user's scope (./admin/Dashboard.tsx,
 * figures in ./figures), after the unread notifications and before Payload's collection cards.
 */
export const dashboardsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), DASHBOARD],
      },
    },
  })
