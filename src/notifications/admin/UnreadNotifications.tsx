import type { ServerProps } from 'payload'

import { organizationTimeZone } from '@/config/timeZone'
import { formatInstant } from '@/lib/dates'
import { relationId, type RelationValue } from '@/access/relationId'
import { NOTIFICATIONS_SLUG } from '../collection'

const LATEST = 5

/**
 * The signed-in user's unread notifications on the dashboard: how many, and the latest five with
 * links to their documents. Read through the Local API as the user, so only their own are found.
 */
export async function UnreadNotifications({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const lang = i18n.language === 'en' ? 'en' : 'fa'
  const adminRoute = payload.config.routes.admin
  const unread = await payload.find({
    collection: NOTIFICATIONS_SLUG,
    where: { read: { equals: false } },
    sort: '-createdAt',
    limit: LATEST,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const inbox = `${adminRoute}/collections/${NOTIFICATIONS_SLUG}?where[read][equals]=false`

  return (
    <section className="unread-notifications" aria-labelledby="unread-notifications-heading" style={{ marginBlock: 24 }}>
      <h2 id="unread-notifications-heading">
        {lang === 'fa' ? 'اعلان‌های خوانده‌نشده' : 'Unread notifications'}{' '}
        <span data-unread-count={unread.totalDocs}>({unread.totalDocs.toLocaleString(lang === 'fa' ? 'fa-IR' : 'en-US')})</span>
      </h2>
      {unread.totalDocs === 0 ? (
        <p>{lang === 'fa' ? 'اعلان تازه‌ای ندارید.' : 'You have no new notifications.'}</p>
      ) : (
        <>
          <ul>
            {unread.docs.map((notification) => {
              const target = notification.document
              const id = target ? relationId(target.value as RelationValue) : null
              return (
                <li key={notification.id} data-notification={notification.id}>
                  {target && id !== null ? (
                    <a href={`${adminRoute}/collections/${target.relationTo}/${id}`}>{notification.message}</a>
                  ) : (
                    notification.message
                  )}{' '}
                  <small>{formatInstant(notification.createdAt, { lang, timeZone: organizationTimeZone() })}</small>
                </li>
              )
            })}
          </ul>
          <a href={inbox}>{lang === 'fa' ? 'همه اعلان‌ها' : 'All notifications'}</a>
        </>
      )}
    </section>
  )
}
