import type { FoiOrganization, PublicRequestStatus } from '@/foi'
import { formatJalaliDateTime } from '@/lib/persian'

/**
 * The portal's FOI desk, in plain HTML forms that work without JavaScript: filing (posted to the
 * portal's own route, which answers with a redirect), lookup by code (a GET form), and a request's
 * state. Persian only for now, as the law's requesters write to Persian-speaking offices.
 */
export function FoiFilingForm({
  provinceSlug,
  organizations,
  error,
  field,
}: {
  provinceSlug: string
  organizations: FoiOrganization[]
  error?: string
  field?: string
}) {
  const invalid = (name: string) => (field === name ? { 'aria-invalid': true as const, 'aria-describedby': 'filing-error' } : {})
  return (
    <section id="file" aria-labelledby="file-heading" className="section foi-form">
      <h2 id="file-heading">ثبت درخواست دسترسی به اطلاعات</h2>
      <p>
        بیان دلیل درخواست لازم نیست. پاسخ ظرف ۱۰ روز کاری داده می‌شود. ایمیل یا شماره تلفن شما فقط برای پاسخ به کار می‌رود و منتشر نمی‌شود.
      </p>
      {error ? (
        <p id="filing-error" role="alert" className="foi-error">
          {error}
        </p>
      ) : null}
      <form method="post" action={`/portal/${provinceSlug}/foi/file`}>
        <p>
          <label htmlFor="foi-organization">دستگاه</label>
          <select id="foi-organization" name="organization" required {...invalid('organization')}>
            {organizations.map((organization) => (
              <option key={organization.slug} value={organization.slug}>
                {organization.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="foi-name">نام و نام خانوادگی</label>
          <input id="foi-name" name="name" required maxLength={200} autoComplete="name" {...invalid('name')} />
        </p>
        <p>
          <label htmlFor="foi-email">ایمیل</label>
          <input id="foi-email" name="email" type="email" maxLength={254} autoComplete="email" dir="ltr" {...invalid('email')} />
        </p>
        <p>
          <label htmlFor="foi-phone">تلفن همراه</label>
          <input id="foi-phone" name="phone" type="tel" maxLength={40} autoComplete="tel" dir="ltr" {...invalid('phone')} />
        </p>
        <p>
          <label htmlFor="foi-subject">موضوع</label>
          <input id="foi-subject" name="subject" required maxLength={300} {...invalid('subject')} />
        </p>
        <p>
          <label htmlFor="foi-question">اطلاعات درخواستی</label>
          <textarea id="foi-question" name="question" required maxLength={10000} rows={8} {...invalid('question')} />
        </p>
        <p>
          <input id="foi-consent" name="publishConsent" type="checkbox" value="on" />
          <label htmlFor="foi-consent">موافقم پرسش و پاسخ بدون نام و مشخصات من منتشر شود.</label>
        </p>
        {/* The honeypot: hidden from people (and from assistive technology), filled by robots. */}
        <p className="foi-website" aria-hidden="true">
          <label htmlFor="foi-website">وب‌سایت</label>
          <input id="foi-website" name="website" tabIndex={-1} autoComplete="off" />
        </p>
        <p>
          <button type="submit">ثبت درخواست</button>
        </p>
      </form>
    </section>
  )
}

export function FoiLookupForm({ provinceSlug, code }: { provinceSlug: string; code?: string }) {
  return (
    <section aria-labelledby="lookup-heading" className="section">
      <h2 id="lookup-heading">پیگیری درخواست</h2>
      <form method="get" action={`/portal/${provinceSlug}/foi/status`}>
        <p>
          <label htmlFor="foi-code">کد رهگیری</label>
          <input id="foi-code" name="code" required defaultValue={code} placeholder="FOI-XXXX-XXXX" dir="ltr" />
          <button type="submit">پیگیری</button>
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
}: {
  status: PublicRequestStatus
  filed: boolean
  provinceSlug: string
  /** The outcome of a clarification just sent: an error, or that it arrived. */
  notice?: { error?: string; replied?: boolean }
}) {
  return (
    <section aria-labelledby="status-heading" className="section foi-status">
      {filed ? (
        <p role="status">
          درخواست شما ثبت شد. کد رهگیری را نگه دارید: <strong dir="ltr">{status.trackingCode}</strong>
        </p>
      ) : null}
      <h2 id="status-heading">
        درخواست <span dir="ltr">{status.trackingCode}</span>
      </h2>
      <dl>
        <dt>دستگاه</dt>
        <dd>{status.organization?.name}</dd>
        <dt>وضعیت</dt>
        <dd>{status.statusLabel.fa}</dd>
        <dt>زمان ثبت</dt>
        <dd>{status.registeredAt ? formatJalaliDateTime(status.registeredAt) : '—'}</dd>
        <dt>مهلت پاسخ</dt>
        <dd>
          {status.dueAt ? formatJalaliDateTime(status.dueAt) : '—'}
          {status.overdue ? ' (گذشته از مهلت)' : ''}
        </dd>
      </dl>
      {notice?.replied ? <p role="status">پاسخ شما ثبت شد؛ مهلت پاسخ دستگاه از امروز دوباره شمرده می‌شود.</p> : null}
      {notice?.error ? (
        <p role="alert" className="foi-error">
          {notice.error}
        </p>
      ) : null}
      {status.status === 'clarification_requested' ? (
        <form method="post" action={`/portal/${provinceSlug}/foi/reply`} className="foi-form">
          <p>
            <strong>پرسش دستگاه:</strong> {status.clarificationQuestion}
          </p>
          <input type="hidden" name="code" value={status.trackingCode ?? ''} />
          <p>
            <label htmlFor="foi-reply">پاسخ شما</label>
            <textarea id="foi-reply" name="message" required maxLength={4000} rows={5} />
          </p>
          <p>
            <button type="submit">ارسال توضیح</button>
          </p>
        </form>
      ) : null}
      {status.answer ? (
        <>
          <h3>پاسخ</h3>
          {status.answer.split('\n\n').map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </>
      ) : null}
      {status.legalGroundLabel ? (
        <p>
          <strong>مستند قانونی:</strong> {status.legalGroundLabel.fa}
        </p>
      ) : null}
      {status.reason ? (
        <p>
          <strong>دلیل:</strong> {status.reason}
        </p>
      ) : null}
      {status.referral ? (
        <p>
          درخواست به {status.referral.organization?.name} ارجاع شد؛ کد رهگیری تازه:{' '}
          <strong dir="ltr">{status.referral.trackingCode}</strong>
        </p>
      ) : null}
    </section>
  )
}
