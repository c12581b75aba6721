import { lexicalEditor, LinkFeature, RelationshipFeature, UploadFeature } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fa } from '@payloadcms/translations/languages/fa'
import path from 'path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { collections } from './collections'
import { emailAdapter } from './src/config/email'
import { localization } from './src/config/localization'
import { originsFromEnv } from './src/config/origins'
import { objectStoragePlugin } from './src/config/objectStorage'
import { resolvePayloadSecret } from './src/config/secret'
import { serverUrl } from './src/config/serverUrl'
import { databaseAdapter } from './src/db/adapter'
import { jobsPolicy } from './src/config/jobs'
import { inputGuardsPlugin } from './src/guards/plugin'
import { relationshipScopePlugin } from './src/integrity/plugin'
import { scopeDocumentLocks } from './src/access/lockedDocuments'
import { parseDatabaseUri } from './src/db/databaseUri'
import { WORKFLOW_COLLECTIONS } from './src/config/editorial'
import { auditLogPlugin } from './src/audit/plugin'
import { dashboardsPlugin } from './src/dashboards/plugin'
import { deliveryPlugin } from './src/delivery/plugin'
import { foiPlugin } from './src/foi/plugin'
import { notificationsPlugin } from './src/notifications/plugin'
import { portalPlugin } from './src/portal/plugin'
import { searchPlugin } from './src/search/plugin'
import { webhooksPlugin } from './src/webhooks/plugin'
import { jalaliDatesPlugin } from './src/dates/plugin'
import { workflowPlugin } from './src/workflow/plugin'

// @payloadcms/storage-s3 (and the cloud-storage plugin under it) has no 3.90.2 release; its 3.90.1
// is pinned with payload 3.90.2 in its place (package.json overrides). Payload's start-up check of
// equal versions, which runs outside production, would stop `npm run dev`, the scripts and the
// tests over it; tests/unit/payloadVersions.test.ts checks the versions instead. Remove this with
// the next upgrade that brings every Payload package to one version.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

const dirname = path.dirname(fileURLToPath(import.meta.url))
/** Which database this process talks to; scripts read it from here. */
export const databaseTarget = parseDatabaseUri(process.env.DATABASE_URI)
const serverURL = serverUrl()
const trustedOrigins = [...originsFromEnv(process.env.CORS_ORIGINS), ...(serverURL ? [serverURL] : [])]

export default buildConfig({
  serverURL,
  secret: resolvePayloadSecret(databaseTarget),
  db: databaseAdapter(databaseTarget),
  collections,
  // Only images go into a text: they follow the document's publication (src/fields/bodyImages.ts);
  // a PDF belongs in a release's attachments, which do too. Links and embedded documents name
  // content, the only documents with public pages (src/delivery/html.ts renders them).
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => !['upload', 'link', 'relationship'].includes(feature.key)),
      UploadFeature({ enabledCollections: ['media'] }),
      LinkFeature({ enabledCollections: [...WORKFLOW_COLLECTIONS] }),
      RelationshipFeature({ enabledCollections: [...WORKFLOW_COLLECTIONS] }),
    ],
  }),
  sharp,
  // SMTP when SMTP_HOST is set; otherwise Payload writes emails to the log.
  email: emailAdapter(),
  localization,
  i18n: {
    supportedLanguages: { fa, en },
    fallbackLanguage: 'fa',
  },
  admin: {
    user: 'users',
    importMap: { baseDir: path.resolve(dirname) },
    // The newsroom's own icon (src/app/favicon.ico), the same on the admin and the portals.
    meta: { titleSuffix: ' — PR Newsroom', icons: [{ rel: 'icon', type: 'image/x-icon', url: '/favicon.ico' }] },
    // Gravatar would be fetched from the internet on every page; government networks block it.
    avatar: 'default',
    components: {
      afterDashboard: ['@/workflow/admin/ReviewQueue#ReviewQueue'],
    },
  },
  jobs: jobsPolicy,
  cors: trustedOrigins,
  csrf: trustedOrigins,
  graphQL: { maxComplexity: 1000, disablePlaygroundInProduction: true },
  // Types are generated on purpose (`npm run generate:types`), not by every Payload start outside
  // production: test processes (one on a MongoDB URI, with string ids) rewrote this source file
  // while `next build` type-checked it.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  // Features first, in any order (they talk through src/lib/events.ts and add their hooks, fields
  // and jobs beside each other's; delivery then search first keeps their hooks and the search field
  // where the collections once listed them); then the plugins that cover every collection, audit
  // first so the guards cover its log too (tests/unit/pluginOrder.test.ts); object storage after
  // them, so a file reaches the bucket only once every guard and rule before it has accepted the
  // write; the Jalali dates last, so that every date field any plugin added gets them (they change
  // only admin components).
  plugins: [
    deliveryPlugin(),
    searchPlugin(),
    portalPlugin(),
    workflowPlugin(),
    notificationsPlugin(),
    webhooksPlugin(),
    foiPlugin(),
    dashboardsPlugin(),
    auditLogPlugin(),
    inputGuardsPlugin(),
    relationshipScopePlugin(),
    objectStoragePlugin(),
    jalaliDatesPlugin(),
  ],
  telemetry: false,
}).then(scopeDocumentLocks)
