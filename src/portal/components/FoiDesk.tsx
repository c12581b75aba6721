import { foiPortalPath } from '@/config/publicUrls'
import type { Locale } from '@/delivery'
import type { FoiOrganization, PublicLogPage, PublicRequestStatus } from '@/foi'
import { formatJalaliDateTime } from '@/lib/persian'
import { FOI_WORDS } from '../i18n'
import { Pagination } from './Pagination'

/**
 * The portal's FOI desk, in plain HTML forms that work without JavaScript: filing (posted to the
 * portal's own route, which answers with a redirect), lookup by code (a GET form), and a request's
 * state, in Persian or English (dates in the Jalali calendar either way, as the offices keep them).
 */

/** The desk's messages are "Persian / English": the page's language's half. */
export function inLocale(message: string, locale: Locale): string {
  const split = message.indexOf(' / ')
  if (split < 0) return message
  return locale === 'fa' ? message.slice(0, split) : message.slice(split + 3)
}
export function FoiFilingForm({
  provinceSlug,
  organizations,
  error,
  field,
  locale = 'fa',
}: {
  provinceSlug: string
  organizations: FoiOrganization[]
  error?: string
  field?: string
  locale?: Locale
}) {
  const words = FOI_WORDS[locale]
  const invalid = (name: string) => (field === name ? { 'aria-invalid': true as const, 'aria-describedby': 'filing-error' } : {})
  return (
    <section id="file" aria-labelledby="file-heading" className="section foi-form">
      <h2 id="file-heading">{words.fileHeading}</h2>
      <p>{words.fileIntro}</p>
      {error ? (
        <p id="filing-error" role="alert" className="foi-error">
          {inLocale(error, locale)}
        </p>
      ) : null}
      <form method="post" action={foiPortalPath(provinceSlug, locale, 'file')}>
        <p>
          <label htmlFor="foi-organization">{words.organization}</label>
          <select id="foi-organization" name="organization" required {...invalid('organization')}>
            {organizations.map((organization) => (
              <option key={organization.slug} value={organization.slug}>
                {organization.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="foi-name">{words.name}</label>
          <input id="foi-name" name="name" required maxLength={200} autoComplete="name" {...invalid('name')} />
        </p>
        <p>
          <label htmlFor="foi-email">{words.email}</label>
          <input id="foi-email" name="email" type="email" maxLength={254} autoComplete="email" dir="ltr" {...invalid('email')} />
        </p>
        <p>
          <label htmlFor="foi-phone">{words.phone}</label>
          <input id="foi-phone" name="phone" type="tel" maxLength={40} autoComplete="tel" dir="ltr" {...invalid('phone')} />
        </p>
        <p>
          <label htmlFor="foi-subject">{words.subject}</label>
          <input id="foi-subject" name="subject" required maxLength={300} {...invalid('subject')} />
        </p>
        <p>
          <label htmlFor="foi-question">{words.question}</label>
          <textarea id="foi-question" name="question" required maxLength={10000} rows={8} {...invalid('question')} />
        </p>
        <p>
          <input id="foi-consent" name="publishConsent" type="checkbox" value="on" />
          <label htmlFor="foi-consent">{words.consent}</label>
        </p>
        {/* The honeypot: hidden from people (and from assistive technology), filled by robots. */}
        <p className="foi-website" aria-hidden="true">
          <label htmlFor="foi-website">{words.website}</label>
          <input id="foi-website" name="website" tabIndex={-1} autoComplete="off" />
        </p>
        <p>
          <button type="submit">{words.submit}</button>
        </p>
      </form>
    </section>
  )
}

export function FoiLookupForm({ provinceSlug, code, locale = 'fa' }: { provinceSlug: string; code?: string; locale?: Locale }) {
  const words = FOI_WORDS[locale]
  return (
    <section aria-labelledby="lookup-heading" className="section">
      <h2 id="lookup-heading">{words.lookupHeading}</h2>
      <form method="get" action={foiPortalPath(provinceSlug, locale, 'status')}>
        <p>
          <label htmlFor="foi-code">{words.code}</label>
          <input id="foi-code" name="code" required defaultValue={code} placeholder="FOI-XXXX-XXXX" dir="ltr" />
          <button type="submit">{words.lookup}</button>
        </p>
      </form>
    </section>
  )
}

export function FoiStatus({
  status,
  filed,
  provinceSlug,
  notice,
  locale = 'fa',
}: {
  status: PublicRequestStatus
  filed: boolean
  provinceSlug: string
  /** The outcome of a clarification just sent: an error, or that it arrived. */
  notice?: { error?: string; replied?: boolean }
  locale?: Locale
}) {
  const words = FOI_WORDS[locale]
  return (
    <section aria-labelledby="status-heading" className="section foi-status">
      {filed ? (
        <p role="status">
          {words.filed} <strong dir="ltr">{status.trackingCode}</strong>
        </p>
      ) : null}
      <h2 id="status-heading">
        {words.request} <span dir="ltr">{status.trackingCode}</span>
      </h2>
      <dl>
        <dt>{words.organization}</dt>
        <dd>{status.organization?.name}</dd>
        <dt>{words.status}</dt>
        <dd>{status.statusLabel[locale]}</dd>
        <dt>{words.registeredAt}</dt>
        <dd>{status.registeredAt ? formatJalaliDateTime(status.registeredAt, locale) : '—'}</dd>
        <dt>{words.dueAt}</dt>
        <dd>
          {status.dueAt ? formatJalaliDateTime(status.dueAt, locale) : '—'}
          {status.overdue ? ` (${words.overdue})` : ''}
        </dd>
      </dl>
      {notice?.replied ? <p role="status">{words.replied}</p> : null}
      {notice?.error ? (
        <p role="alert" className="foi-error">
          {inLocale(notice.error, locale)}
        </p>
      ) : null}
      {status.status === 'clarification_requested' ? (
        <form method="post" action={foiPortalPath(provinceSlug, locale, 'reply')} className="foi-form">
          <p>
            <strong>{words.deskQuestion}</strong> {status.clarificationQuestion}
          </p>
          <input type="hidden" name="code" value={status.trackingCode ?? ''} />
          <p>
            <label htmlFor="foi-reply">{words.yourReply}</label>
            <textarea id="foi-reply" name="message" required maxLength={4000} rows={5} />
          </p>
          <p>
            <button type="submit">{words.sendReply}</button>
          </p>
        </form>
      ) : null}
      {status.answer ? (
        <>
          <h3>{words.answer}</h3>
          {status.answer.split('\n\n').map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </>
      ) : null}
      {status.legalGroundLabel ? (
        <p>
          <strong>{words.legalGround}</strong> {status.legalGroundLabel[locale]}
        </p>
      ) : null}
      {status.reason ? (
        <p>
          <strong>{words.reason}</strong> {status.reason}
        </p>
      ) : null}
      {status.referral ? (
        <p>
          {words.referred(status.referral.organization?.name ?? '')} <strong dir="ltr">{status.referral.trackingCode}</strong>
        </p>
      ) : null}
    </section>
  )
}

/** The province's public log: consenting requesters' questions with their answers, nobody named. */
export function FoiLog({ log, provinceSlug, locale = 'fa' }: { log: PublicLogPage; provinceSlug: string; locale?: Locale }) {
  const words = FOI_WORDS[locale]
  return (
    <section id="log" aria-labelledby="log-heading" className="section foi-log">
      <h2 id="log-heading">{words.logHeading}</h2>
      <p>{words.logIntro}</p>
      {log.docs.length === 0 ? <p>{words.logEmpty}</p> : null}
      {log.docs.map((entry) => (
        <article key={entry.id} className="foi-log-entry">
          <h3>{entry.subject}</h3>
          <p className="meta">
            {entry.organization?.name} · {entry.outcomeLabel?.[locale]}
            {entry.respondedAt ? ` · ${words.answeredAt}: ${formatJalaliDateTime(entry.respondedAt, locale)}` : ''}
          </p>
          <p>
            <strong>{words.question}:</strong> {entry.question}
          </p>
          {entry.answer?.split('\n\n').map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </article>
      ))}
      <Pagination page={log.page} totalPages={log.totalPages} basePath={foiPortalPath(provinceSlug, locale)} locale={locale} />
    </section>
  )
}
