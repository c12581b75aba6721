import type { ServerProps } from 'payload'

import { organizationTimeZone } from '@/config/timeZone'
import { formatInstant } from '@/lib/dates'
import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from '@/config/editorial'

type QueueItem = { collection: WorkflowCollection; id: number | string; title: string; updatedAt: string }

const COLLECTION_LABELS: Record<WorkflowCollection, { fa: string; en: string }> = {
  'news-items': { fa: 'خبر', en: 'News item' },
  'press-releases': { fa: 'اطلاعیه', en: 'Press release' },
  campaigns: { fa: 'پویش', en: 'Campaign' },
}

/**
 * The supervisor's review queue on the dashboard: everything `in_review` in their scope, oldest
 * first. Read through the Local API as the user, so scope is applied by the database.
 */
export async function ReviewQueue({ payload, user, i18n }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  if (!user || (role !== 'supervisor' && role !== 'admin')) return null
  const lang = i18n.language === 'en' ? 'en' : 'fa'

  const results = await Promise.all(
    WORKFLOW_COLLECTIONS.map(async (collection) => {
      const found = await payload.find({
        collection,
        where: { workflowStatus: { equals: 'in_review' } },
        sort: 'updatedAt',
        limit: 50,
        depth: 0,
        draft: true,
        overrideAccess: false,
        user,
        select: { title: true, updatedAt: true },
      })
      return found.docs.map((doc) => ({
        collection,
        id: doc.id,
        title: String(doc.title ?? ''),
        updatedAt: String(doc.updatedAt),
      }))
    }),
  )
  const queue: QueueItem[] = results.flat().sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))

  return (
    <section className="review-queue" aria-labelledby="review-queue-heading" style={{ marginBlock: 24 }}>
      <h2 id="review-queue-heading">{lang === 'fa' ? 'صف بررسی' : 'Review queue'}</h2>
      {queue.length === 0 ? (
        <p>{lang === 'fa' ? 'موردی در انتظار بررسی نیست.' : 'Nothing is waiting for review.'}</p>
      ) : (
        <table style={{ width: '100%' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'start' }}>{lang === 'fa' ? 'عنوان' : 'Title'}</th>
              <th style={{ textAlign: 'start' }}>{lang === 'fa' ? 'نوع' : 'Type'}</th>
              <th style={{ textAlign: 'start' }}>{lang === 'fa' ? 'ارسال' : 'Submitted'}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((item) => (
              <tr key={`${item.collection}-${item.id}`} data-review-item={item.id}>
                <td>
                  <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title || '—'}</a>
                </td>
                <td>{COLLECTION_LABELS[item.collection][lang]}</td>
                <td>{formatInstant(item.updatedAt, { lang, timeZone: organizationTimeZone() })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
