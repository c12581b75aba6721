import type { Payload } from 'payload'

import { foiOrganizations, requestStatus } from '@/foi'
import { FoiFilingForm, FoiLookupForm, FoiStatus } from '../components/FoiDesk'
import { Shell } from '../components/Shell'
import { provinceBySlug } from './load'

/** `/portal/{province}/foi`: filing and lookup, with the problem of a refused filing shown beside its field. */
export async function FoiView({
  payload,
  provinceSlug,
  error,
  field,
}: {
  payload: Payload
  provinceSlug: string
  error?: string
  field?: string
}) {
  const province = await provinceBySlug(payload, provinceSlug)
  const organizations = await foiOrganizations(payload, province.id)
  return (
    <Shell province={province} locale="fa" alternatePath={`/portal/${province.slug}/en`}>
      <h1>دسترسی آزاد به اطلاعات — {province.name.fa}</h1>
      <FoiFilingForm provinceSlug={province.slug} organizations={organizations} error={error} field={field} />
      <FoiLookupForm provinceSlug={province.slug} />
    </Shell>
  )
}

/** `/portal/{province}/foi/status?code=`: a request's state and answer for the holder of its code. */
export async function FoiStatusView({
  payload,
  provinceSlug,
  code,
  filed,
  notice,
}: {
  payload: Payload
  provinceSlug: string
  code: string
  filed: boolean
  /** The outcome of a clarification just sent from this page. */
  notice?: { error?: string; replied?: boolean }
}) {
  const province = await provinceBySlug(payload, provinceSlug)
  const status = code ? await requestStatus(payload, code) : null
  return (
    <Shell province={province} locale="fa" alternatePath={`/portal/${province.slug}/en`}>
      <h1>پیگیری درخواست دسترسی به اطلاعات</h1>
      {status ? (
        <FoiStatus status={status} filed={filed} provinceSlug={province.slug} notice={notice} />
      ) : (
        <p role="alert">درخواستی با این کد رهگیری پیدا نشد.</p>
      )}
      <FoiLookupForm provinceSlug={province.slug} code={code} />
    </Shell>
  )
}
