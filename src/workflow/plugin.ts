import type { CollectionConfig, Config, Plugin } from 'payload'

import { guardLiveDelete } from './deleteLive'
import { recordEditReset } from './editReset'
import { forceDraftWrites, resetWorkflowOnEdit } from './guardPublishing'
import { guardLiveFiles } from './liveFiles'
import { restoreAsDraftEndpoint } from './restoreAsDraft'
import { revertToPublishedEndpoint } from './revertToPublished'
import { workflowFields } from './fields'
import { TRANSITIONS_SLUG } from '@/config/editorial'
import { WorkflowTransitions } from './history'
import { workflowJobs } from './scheduling'
import { WORKFLOW_COLLECTIONS } from '@/config/editorial'
import { transitionEndpoint } from './transitionEndpoint'
import { withJobs } from '@/lib/jobs'
import { organizationTimeZone } from '@/config/timeZone'

/**
 * The editorial workflow as a Payload plugin: each workflow collection gets the workflow fields,
 * the guards that keep publishing inside transitions, the transition endpoint, its history in
 * the edit view; the config gets the history collection and the scheduling job.
 */
export const workflowPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...withJobs(config, workflowJobs),
    collections: [
      ...(config.collections ?? []).map((collection) =>
        (WORKFLOW_COLLECTIONS as readonly string[]).includes(collection.slug)
          ? withWorkflow(collection)
          : (LIVE_FILE_COLLECTIONS as readonly string[]).includes(collection.slug)
            ? withLiveFileGuard(collection)
            : collection,
      ),
      WorkflowTransitions,
    ],
  })

function withWorkflow(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    fields: [
      ...collection.fields,
      ...workflowFields(),
      {
        name: 'workflowHistory',
        type: 'join',
        collection: TRANSITIONS_SLUG,
        on: 'document',
        defaultSort: '-createdAt',
        defaultLimit: 20,
        label: { fa: 'تاریخچه گردش کار', en: 'Workflow history' },
        admin: { defaultColumns: ['createdAt', 'actorName', 'from', 'to', 'comment'], allowCreate: false },
      },
      {
        name: 'comments',
        type: 'join',
        collection: 'comments',
        on: 'document',
        defaultSort: 'createdAt',
        defaultLimit: 50,
        label: { fa: 'یادداشت‌های تحریریه', en: 'Editorial comments' },
        admin: { defaultColumns: ['body', 'authorName', 'parent', 'createdAt'] },
      },
    ],
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), forceDraftWrites],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), resetWorkflowOnEdit],
      afterChange: [...(collection.hooks?.afterChange ?? []), recordEditReset],
      beforeDelete: [...(collection.hooks?.beforeDelete ?? []), guardLiveDelete],
    },
    endpoints: [...(collection.endpoints || []), transitionEndpoint, restoreAsDraftEndpoint, revertToPublishedEndpoint],
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          // Publishing is a transition; the panel below offers it to those who may use it.
          // The schedule's time is picked on the organization's clock (src/dates).
          PublishButton: {
            path: '@/workflow/admin/TransitionButtons#TransitionButtons',
            clientProps: { timeZone: organizationTimeZone() },
          },
          // Payload's own Unpublish (in the document's menu) is refused (./guardPublishing.ts):
          // the panel above offers the transition to those who may take content down.
          UnpublishButton: '@/workflow/admin/TransitionButtons#NoUnpublishButton',
          // Its "Revert to published" drops the pending draft through ./revertToPublished.ts.
          Status: '@/workflow/admin/WorkflowStatus#WorkflowStatus',
        },
      },
    },
  }
}

/** Images and PDFs that published content uses: their changes are reviewed like the content. */
const LIVE_FILE_COLLECTIONS = ['media', 'attachments'] as const

function withLiveFileGuard(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), guardLiveFiles.beforeChange],
      beforeDelete: [...(collection.hooks?.beforeDelete ?? []), guardLiveFiles.beforeDelete],
    },
  }
}
