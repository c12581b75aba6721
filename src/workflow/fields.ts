import type { Field, FieldAccess } from 'payload'

import { staffNameField } from '@/fields/staffName'

import { isSystem, isWorkflowWrite } from './actor'
import { STATUS_LABELS, WORKFLOW_STATUSES } from '@/config/editorial'

/** Workflow fields change only through transitions (or the system), never through a plain save. */
const onlyThroughTransitions: FieldAccess = ({ req }) => isSystem(req) || isWorkflowWrite(req)

export const workflowFields = (): Field[] => [
  {
    name: 'workflowStatus',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    label: { fa: 'وضعیت گردش کار', en: 'Workflow status' },
    options: WORKFLOW_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
    access: { create: onlyThroughTransitions, update: onlyThroughTransitions },
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: { Cell: '@/workflow/admin/WorkflowStatusCell#WorkflowStatusCell' },
    },
  },
  {
    name: 'publishAt',
    type: 'date',
    index: true,
    label: { fa: 'انتشار خودکار در', en: 'Scheduled for' },
    access: { create: onlyThroughTransitions, update: onlyThroughTransitions },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      condition: (data) => data?.workflowStatus === 'scheduled',
    },
  },
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label: { fa: 'نویسنده', en: 'Author' },
    access: { update: () => false },
    // Shown by name (createdByName): a colleague's account is outside most readers' scope.
    admin: { position: 'sidebar', readOnly: true, hidden: true },
    hooks: {
      beforeChange: [({ operation, req, value }) => (operation === 'create' && req.user ? req.user.id : value)],
    },
  },
  staffNameField('createdBy', { fa: 'نویسنده', en: 'Author' }, { sidebar: true }),
]
