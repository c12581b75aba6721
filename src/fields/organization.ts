import type { Field, RelationshipFieldSingleValidation } from 'payload'

import { organizationWithinScope } from '@/access/content'
import { relationId, type RelationValue } from '@/access/relationId'

/** The owning office of a document: required, indexed (every scoped list filters on it). */
export const organizationField = (overrides: { required?: boolean; validate?: RelationshipFieldSingleValidation } = {}): Field => ({
  name: 'organization',
  type: 'relationship',
  relationTo: 'organizations',
  required: overrides.required ?? true,
  validate: overrides.validate,
  // Most staff write for their own office: start there (any organization in scope may be chosen).
  defaultValue: ({ user }: { user?: { organization?: unknown } | null }) =>
    relationId((user?.organization ?? null) as RelationValue) ?? undefined,
  index: true,
  label: { fa: 'سازمان', en: 'Organization' },
  admin: { position: 'sidebar' },
  hooks: { beforeChange: [organizationWithinScope] },
})
