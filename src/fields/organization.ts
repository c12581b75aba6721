import type { Field, RelationshipFieldSingleValidation } from 'payload'

import { organizationWithinScope } from '@/access/content'

/** The owning office of a document: required, indexed (every scoped list filters on it). */
export const organizationField = (
  overrides: { required?: boolean; validate?: RelationshipFieldSingleValidation } = {},
): Field => ({
  name: 'organization',
  type: 'relationship',
  relationTo: 'organizations',
  required: overrides.required ?? true,
  validate: overrides.validate,
  index: true,
  label: { fa: 'سازمان', en: 'Organization' },
  admin: { position: 'sidebar' },
  hooks: { beforeChange: [organizationWithinScope] },
})
