import { createLocalReq, type ServerProps } from 'payload'
import type { ReactNode } from 'react'

import { organizationTimeZone } from '@/config/timeZone'
import { STATUS_LABELS, WORKFLOW_STATUSES } from '@/config/editorial'
import { adminLanguage, formatDayShort, formatInstant, formatNumber, zoneLabel, type AdminLanguage } from '@/lib/dates'
import { BarChart } from '../charts/BarChart'
import { DailyChart, type ChartSeries } from '../charts/DailyChart'
import { dashboardFigures, type DashboardFigures, type EditorFigures, type PublishedPerDay } from '../figures'
import { formatDuration, formatPercent } from './format'

type Lang = AdminLanguage
type Text = { fa: string; en: string }
const t = (text: Text, lang: Lang) => text[lang]

const COLLECTION_LABELS: Record<string, Text> = {
  'news-items': { fa: 'خبر', en: 'News item' },
  'press-releases': { fa: 'اطلاعیه', en: 'Press release' },
  campaigns: { fa: 'پویش', en: 'Campaign' },
}
const LINES_SHOWN = 6

/**
 * The landing page's figures for the signed-in user's scope, rendered on the server: an editor's
 * own documents and what waits for them; a supervisor's and the admin's review queue, daily
 * output, time to publication, campaigns and FOI desk, and for the admin the provinces side by
 * side. Figures come from src/dashboards/figures, read as the user.
 */
export async function Dashboard({ payload, user, i18n, locale }: ServerProps) {
  if (!user) return null
  const lang = adminLanguage(i18n.language)
  const timeZone = organizationTimeZone()
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const figures = await dashboardFigures(req, { now: new Date(), timeZone, locale: locale?.code === 'en' ? 'en' : 'fa' })
  return (
    <section
      aria-labelledby="dashboard-heading"
      className="newsroom-dashboard"
      data-dashboard-role={figures.role}
      style={{ marginBlock: 24 }}
    >
      <h2 id="dashboard-heading">{t({ fa: 'داشبورد', en: 'Dashboard' }, lang)}</h2>
      <p style={{ opacity: 0.75 }}>{scopeLine(figures, lang)}</p>
      {figures.role === 'editor' ? (
        <EditorView editor={figures.editor} lang={lang} timeZone={timeZone} />
      ) : (
        <SupervisorView figures={figures} lang={lang} />
      )}
    </section>
  )
}

function scopeLine(figures: DashboardFigures, lang: Lang): string {
  const { ctx } = figures
  const zone = zoneLabel(ctx.timeZone, lang)
  if (ctx.scope === 'all') return lang === 'fa' ? `همه سازمان‌ها، به وقت ${zone}` : `All organizations, ${zone} time`
  const names = ctx.groups.slice(0, 4).map((group) => group.name[lang])
  const more =
    ctx.groups.length > 4
      ? lang === 'fa'
        ? ` و ${formatNumber(ctx.groups.length - 4, lang)} سازمان دیگر`
        : ` and ${ctx.groups.length - 4} more`
      : ''
  return `${names.join(lang === 'fa' ? '، ' : ', ')}${more}${lang === 'fa' ? `، به وقت ${zone}` : `, ${zone} time`}`
}

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} data-panel={id} style={{ marginBlock: 24 }}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {children}
    </section>
  )
}

function Stat({ label, value, name }: { label: string; value: string; name: string }) {
  return (
    <div data-stat={name} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '8px 12px', minWidth: 160 }}>
      <div style={{ fontSize: 12, opacity: 0.75 }}>{label}</div>
      <div style={{ fontSize: 20 }}>{value}</div>
    </div>
  )
}

const Stats = ({ children }: { children: ReactNode }) => <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>{children}</div>

/** The numbers of a chart as a table, folded under it. */
function NumbersTable({ caption, head, rows, lang }: { caption: string; head: string[]; rows: Array<Array<string | number>>; lang: Lang }) {
  return (
    <details>
      <summary>{t({ fa: 'جدول اعداد', en: 'The numbers as a table' }, lang)}</summary>
      <table style={{ width: '100%' }}>
        <caption style={{ textAlign: 'start' }}>{caption}</caption>
        <thead>
          <tr>
            {head.map((cell, index) => (
              <th key={index} scope="col" style={{ textAlign: 'start' }}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row" style={{ textAlign: 'start', fontWeight: 'normal' }}>
                    {cell}
                  </th>
                ) : (
                  <td key={column}>{typeof cell === 'number' ? formatNumber(cell, lang) : cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}

function EditorView({ editor, lang, timeZone }: { editor: EditorFigures; lang: Lang; timeZone: string }) {
  const title = t({ fa: 'اسناد من بر اساس وضعیت', en: 'My documents by state' }, lang)
  const bars = WORKFLOW_STATUSES.map((status) => ({ id: status, label: STATUS_LABELS[status][lang], value: editor.byState[status] }))
  return (
    <>
      <Panel id="my-documents" title={title}>
        <BarChart
          bars={bars}
          description={
            lang === 'fa'
              ? `${formatNumber(editor.total, lang)} سند که شما نوشته‌اید، بر اساس وضعیت آخرین نسخه.`
              : `${editor.total} documents you wrote, by the state of their latest version.`
          }
          id="chart-my-documents"
          lang={lang}
          title={title}
        />
        <NumbersTable
          caption={title}
          head={[t({ fa: 'وضعیت', en: 'State' }, lang), t({ fa: 'تعداد', en: 'Count' }, lang)]}
          lang={lang}
          rows={bars.map((bar) => [bar.label, bar.value])}
        />
      </Panel>
      <Panel id="awaiting-me" title={t({ fa: 'در انتظار شما', en: 'Waiting for you' }, lang)}>
        {editor.awaiting.length === 0 ? (
          <p>{t({ fa: 'سندی در انتظار شما نیست.', en: 'Nothing is waiting for you.' }, lang)}</p>
        ) : (
          <ul>
            {editor.awaiting.map((doc) => (
              <li data-awaiting={doc.id} key={`${doc.collection}-${doc.id}`} style={{ marginBlock: 8 }}>
                <a href={`/admin/collections/${doc.collection}/${doc.id}`}>{doc.title || '—'}</a> ·{' '}
                {COLLECTION_LABELS[doc.collection]![lang]} · {STATUS_LABELS[doc.status][lang]}
                {doc.comment && (
                  <blockquote
                    data-latest-comment
                    style={{ margin: '4px 0', paddingInlineStart: 12, borderInlineStart: '3px solid var(--theme-elevation-150)' }}
                  >
                    {doc.comment.text}
                    <footer style={{ fontSize: 12, opacity: 0.75 }}>
                      {doc.comment.by} · {formatInstant(doc.comment.at, { lang, timeZone })}
                    </footer>
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  )
}

/** The daily lines: the busiest organizations (provinces for the admin) each, the rest together. */
function dailySeries(published: PublishedPerDay, lang: Lang): ChartSeries[] {
  const ranked = [...published.series].sort((a, b) => b.total - a.total)
  if (ranked.length <= LINES_SHOWN + 1) return ranked.map((one) => ({ id: one.id, label: one.name[lang], counts: one.counts }))
  const shown = ranked.slice(0, LINES_SHOWN)
  const rest = ranked.slice(LINES_SHOWN)
  return [
    ...shown.map((one) => ({ id: one.id, label: one.name[lang], counts: one.counts })),
    {
      id: 'others',
      label: lang === 'fa' ? `${formatNumber(rest.length, lang)} سازمان دیگر` : `${rest.length} others`,
      counts: published.days.map((_, index) => rest.reduce((sum, one) => sum + one.counts[index]!, 0)),
    },
  ]
}

function SupervisorView({ figures, lang }: { figures: Extract<DashboardFigures, { role: 'supervisor' | 'admin' }>; lang: Lang }) {
  const { review, published, leadTimes, campaigns, foi, provinces, ctx } = figures
  const { timeZone, now } = ctx
  const oldestAge = review.oldestSince ? (now.getTime() - Date.parse(review.oldestSince)) / 1000 : null
  const dailyTitle = t({ fa: 'انتشار روزانه در ۳۰ روز گذشته', en: 'Published per day, last 30 days' }, lang)
  const total = published.totals.reduce((sum, value) => sum + value, 0)
  const series = dailySeries(published, lang)
  const campaignTitle = t({ fa: 'پیشرفت پویش‌های جاری', en: 'Progress of running campaigns' }, lang)
  const provinceTitle = t({ fa: 'مقایسه استان‌ها: انتشار در ۳۰ روز گذشته', en: 'Provinces compared: published in the last 30 days' }, lang)
  const first = published.days[0]!
  const last = published.days.at(-1)!
  return (
    <>
      <Panel id="review" title={t({ fa: 'صف بررسی و سرعت انتشار', en: 'Review queue and time to publication' }, lang)}>
        <Stats>
          <Stat
            label={t({ fa: 'در انتظار بررسی', en: 'Waiting for review' }, lang)}
            name="review-count"
            value={formatNumber(review.count, lang)}
          />
          <Stat
            label={t({ fa: 'انتظار قدیمی‌ترین مورد', en: 'Oldest has waited' }, lang)}
            name="review-oldest"
            value={formatDuration(oldestAge, lang)}
          />
          <Stat
            label={t({ fa: 'میانه ارسال تا انتشار (۳۰ روز)', en: 'Median submission to publication (30 days)' }, lang)}
            name="lead-median"
            value={formatDuration(leadTimes.medianSeconds, lang)}
          />
          <Stat
            label={t({ fa: 'صدک ۹۰ ارسال تا انتشار', en: '90th percentile submission to publication' }, lang)}
            name="lead-p90"
            value={formatDuration(leadTimes.p90Seconds, lang)}
          />
          <Stat
            label={t({ fa: 'انتشارهای سنجیده', en: 'Publications measured' }, lang)}
            name="lead-count"
            value={formatNumber(leadTimes.count, lang)}
          />
        </Stats>
      </Panel>
      <Panel id="published-per-day" title={dailyTitle}>
        <DailyChart
          days={published.days}
          description={
            lang === 'fa'
              ? `${formatNumber(total, lang)} خبر و اطلاعیه از ${formatDayShort(first, lang)} تا ${formatDayShort(last, lang)}، روز به روز، برای هر سازمان.`
              : `${total} news items and press releases from ${formatDayShort(first, lang)} to ${formatDayShort(last, lang)}, day by day, per organization.`
          }
          id="chart-published-per-day"
          lang={lang}
          series={series}
          title={dailyTitle}
        />
        <NumbersTable
          caption={dailyTitle}
          head={[t({ fa: 'روز', en: 'Day' }, lang), ...series.map((one) => one.label), t({ fa: 'همه', en: 'All' }, lang)]}
          lang={lang}
          rows={published.days.map((day, index) => [
            formatDayShort(day, lang),
            ...series.map((one) => one.counts[index]!),
            published.totals[index]!,
          ])}
        />
      </Panel>
      <Panel id="campaigns" title={campaignTitle}>
        {campaigns.length === 0 ? (
          <p>{t({ fa: 'پویشی در جریان نیست.', en: 'No campaign is running.' }, lang)}</p>
        ) : (
          <>
            <BarChart
              bars={campaigns.map((campaign) => ({
                id: campaign.id,
                label: campaign.title[lang],
                value: campaign.published,
                target: campaign.planned,
              }))}
              description={t(
                {
                  fa: 'برای هر پویش جاری، محتوای منتشرشده در حوزه شما و خط قرمز برنامه.',
                  en: 'For each running campaign, the items published in your scope, and the plan as a red mark.',
                },
                lang,
              )}
              id="chart-campaigns"
              lang={lang}
              title={campaignTitle}
            />
            <NumbersTable
              caption={campaignTitle}
              head={[
                t({ fa: 'پویش', en: 'Campaign' }, lang),
                t({ fa: 'منتشرشده', en: 'Published' }, lang),
                t({ fa: 'برنامه', en: 'Planned' }, lang),
                t({ fa: 'پایان', en: 'Ends' }, lang),
                t({ fa: 'روزهای باقی‌مانده', en: 'Days left' }, lang),
              ]}
              lang={lang}
              rows={campaigns.map((campaign) => [
                campaign.title[lang],
                campaign.published,
                campaign.planned ?? '—',
                formatInstant(campaign.endsAt, { lang, timeZone, withTime: false }) ?? '—',
                campaign.daysLeft,
              ])}
            />
          </>
        )}
      </Panel>
      {foi && (
        <Panel id="foi" title={t({ fa: 'درخواست‌های دسترسی به اطلاعات', en: 'Freedom-of-information requests' }, lang)}>
          <Stats>
            <Stat label={t({ fa: 'دریافت‌شده', en: 'Received' }, lang)} name="foi-received" value={formatNumber(foi.received, lang)} />
            <Stat
              label={t({ fa: 'پاسخ در مهلت', en: 'Answered on time' }, lang)}
              name="foi-on-time"
              value={formatPercent(foi.onTimeRate, lang)}
            />
            <Stat
              label={t({ fa: 'گذشته از مهلت', en: 'Overdue now' }, lang)}
              name="foi-overdue"
              value={formatNumber(foi.overdueNow, lang)}
            />
            <Stat
              label={t({ fa: 'میانه روزهای کاری تا پاسخ', en: 'Median working days to answer' }, lang)}
              name="foi-median"
              value={foi.medianWorkingDaysToRespond === null ? '—' : formatNumber(foi.medianWorkingDaysToRespond, lang, 1)}
            />
          </Stats>
          {foi.overdue.length > 0 && (
            <ul data-foi-overdue-list>
              {foi.overdue.map((request) => (
                <li key={request.id}>
                  <a href={`/admin/collections/foi-requests/${request.id}`}>{request.trackingCode}</a> {request.subject} ·{' '}
                  {t({ fa: 'مهلت', en: 'due' }, lang)} {formatInstant(request.dueAt, { lang, timeZone })}
                </li>
              ))}
            </ul>
          )}
        </Panel>
      )}
      {provinces && (
        <Panel id="provinces" title={provinceTitle}>
          <BarChart
            bars={[...provinces]
              .sort((a, b) => b.published - a.published)
              .map((row) => ({ id: row.id, label: row.name[lang], value: row.published }))}
            description={t(
              {
                fa: 'خبر و اطلاعیه منتشرشده هر استان (با دفترهای تابع) در ۳۰ روز گذشته؛ جدول زیر میانه زمان انتشار و پاسخ به‌موقع دسترسی به اطلاعات را هم دارد.',
                en: 'News items and press releases each province (with its offices) published in the last 30 days; the table adds the median time to publication and FOI answers on time.',
              },
              lang,
            )}
            id="chart-provinces"
            lang={lang}
            title={provinceTitle}
          />
          <NumbersTable
            caption={provinceTitle}
            head={[
              t({ fa: 'استان', en: 'Province' }, lang),
              t({ fa: 'منتشرشده (۳۰ روز)', en: 'Published (30 days)' }, lang),
              t({ fa: 'میانه ارسال تا انتشار', en: 'Median to publication' }, lang),
              t({ fa: 'پاسخ به‌موقع', en: 'FOI on time' }, lang),
              t({ fa: 'گذشته از مهلت', en: 'FOI overdue' }, lang),
            ]}
            lang={lang}
            rows={provinces.map((row) => [
              row.name[lang],
              row.published,
              formatDuration(row.medianSeconds, lang),
              formatPercent(row.foiOnTimeRate, lang),
              row.foiOverdue,
            ])}
          />
        </Panel>
      )}
    </>
  )
}
