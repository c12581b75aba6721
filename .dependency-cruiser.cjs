/**
 * dependency-cruiser, run by `npm run lint`: the one direction of imports (README, "Project
 * layout") and no cycles, of files or of folders. Layers, top to bottom:
 *   src/app, src/proxy.ts, src/scripts, src/seed,     HTTP routes and entry points; src/app/newsroom.ts
 *   src/instrumentation.ts, payload.config.ts         gives the server's Payload to the routes
 *   feature folders (FEATURES below)                  each talks to the others through hooks and events
 *   collections/, src/fields, src/hooks, src/guards, src/uploads, src/edge, src/integrity, src/dates
 *   src/access, src/lib, src/config, src/db, src/migrations   rules, pure helpers, the database
 *
 * Imports point down only. A feature that needs another feature's moment subscribes to it (a hook,
 * or an event of src/lib/events.ts); where one feature really is a client of another's service
 * (the portal renders what the delivery API answers), it imports that feature's public entry,
 * src/<feature>/index.ts, never its other files. Every rule is an error: `npm run lint`, and CI,
 * fail on any violation.
 */
const FEATURE_NAMES = 'workflow|delivery|portal|audit|notifications|webhooks|foi|dashboards|search|backup'
const FEATURES = `^src/(${FEATURE_NAMES})/`
const FEATURE_ENTRIES = `^src/(${FEATURE_NAMES})/index\\.tsx?$`
const DATA = '^(collections/|src/(fields|hooks|guards|uploads|edge|integrity|dates)/)'
const BASE = '^src/(access|lib|config|db|migrations)/'
const ENTRY = '^(src/(app|scripts|seed)/|src/proxy\\.ts|src/instrumentation\\.ts|payload\\.config\\.ts)'

module.exports = {
  forbidden: [
    { name: 'no-file-cycles', severity: 'error', from: {}, to: { circular: true } },
    { name: 'no-folder-cycles', severity: 'error', scope: 'folder', from: {}, to: { circular: true } },
    { name: 'base-imports-nothing-above', severity: 'error', from: { path: BASE }, to: { path: [FEATURES, DATA, ENTRY] } },
    { name: 'data-imports-no-feature', severity: 'error', from: { path: DATA }, to: { path: [FEATURES, ENTRY] } },
    {
      name: 'features-import-no-routes',
      comment: 'The entry layer owns the Payload config and the server\'s Payload (src/app/newsroom.ts) and hands them down.',
      severity: 'error',
      from: { path: FEATURES },
      to: { path: ENTRY },
    },
    {
      name: 'feature-imports-other-features-only-through-their-entry',
      comment:
        "A feature needs another feature's moment: it subscribes to a hook or event. A feature that is a client of another's service imports its src/<feature>/index.ts, never its internals.",
      severity: 'error',
      from: { path: FEATURES },
      to: { path: FEATURES, pathNot: ['^src/$1/', FEATURE_ENTRIES] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|tests/artifacts|src/payload-types\\.ts)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
}
