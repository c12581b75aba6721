import type { CollectionConfig, Field } from 'payload'

/** Whether an organization answers requests on the national FOI system. Stored values: part of the API. */
export const MEMBERSHIP_STATUSES = ['joined', 'pending', 'not_joined'] as const

const LABELS: Record<(typeof MEMBERSHIP_STATUSES)[number], { fa: string; en: string }> = {
  joined: { fa: 'عضو سامانه', en: 'Joined' },
  pending: { fa: 'در حال عضویت', en: 'Pending' },
  not_joined: { fa: 'عضو نشده', en: 'Not joined' },
}

/**
 * Each organization's membership of the national FOI system, with the date it joined. Written by
 * admins, as everything on organizations is; public like the rest of the organization (the national
 * portal publishes it). The ministry finds who has not joined by filtering organizations on
 * `foiMembership.status` and grouping by `parent`.
 */
export const foiMembershipField: Field = {
  name: 'foiMembership',
  type: 'group',
  label: { fa: 'عضویت در سامانه دسترسی آزاد به اطلاعات', en: 'Membership of the national FOI system' },
  fields: [
    {
      name: 'status',
      type: 'select',
      defaultValue: 'not_joined',
      index: true,
      options: MEMBERSHIP_STATUSES.map((value) => ({ value, label: LABELS[value] })),
      label: { fa: 'وضعیت', en: 'Status' },
    },
    {
      name: 'joinedAt',
      type: 'date',
      label: { fa: 'تاریخ عضویت', en: 'Joined on' },
      admin: { condition: (_, siblingData) => siblingData?.status === 'joined', date: { pickerAppearance: 'dayOnly' } },
      validate: (value: unknown, { siblingData }: { siblingData: { status?: string } }) =>
        siblingData?.status !== 'joined' || Boolean(value) || 'تاریخ عضویت را وارد کنید. / Enter the date the organization joined.',
    },
  ],
}

/** Adds the membership group to the organizations collection. */
export function withFoiMembership(collection: CollectionConfig): CollectionConfig {
  if (collection.slug !== 'organizations') return collection
  return { ...collection, fields: [...collection.fields, foiMembershipField] }
}
