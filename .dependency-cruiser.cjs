/**
 * `npm run check:imports`: the one direction of imports (README, "Project layout") and no cycles,
 * of files or of folders. Layers, top to bottom:
 *   src/app, src/proxy.ts, src/scripts, src/seed     HTTP routes and entry points
 *   feature folders (FEATURES below)                 each talks to the others through hooks and events
 *   collections/, src/fields, src/hooks, src/guards, src/uploads, src/edge, src/integrity
 *   src/access, src/lib, src/config, src/db, src/migrations   rules, pure helpers, the database
 *
 * Cycles and the base layer are errors. The other layer rules are warnings for now: each warning
 * is a known import that still runs the wrong way (collections wired to delivery by hand, the
 * portal on delivery's internals, workflow announcing through delivery's change module), listed
 * by `npm run lint` until it is moved behind a plugin or an event (src/lib/events.ts).
 */
const FEATURES = '^src/(workflow|delivery|portal|audit|notifications|webhooks|foi|dashboards|search|backup)/'
const DATA = '^(collections/|src/(fields|hooks|guards|uploads|edge|integrity)/)'
const BASE = '^src/(access|lib|config|db|migrations)/'
const ENTRY = '^(src/(app|scripts|seed)/|src/proxy\\.ts|src/instrumentation\\.ts|payload\\.config\\.ts)'

module.exports = {
  forbidden: [
    { name: 'no-file-cycles', severity: 'error', from: {}, to: { circular: true } },
    { name: 'no-folder-cycles', severity: 'error', scope: 'folder', from: {}, to: { circular: true } },
    { name: 'base-imports-nothing-above', severity: 'error', from: { path: BASE }, to: { path: [FEATURES, DATA, ENTRY] } },
    { name: 'data-imports-no-feature', severity: 'warn', from: { path: DATA }, to: { path: [FEATURES, ENTRY] } },
    {
      name: 'features-import-no-routes',
      severity: 'warn',
      from: { path: FEATURES },
      to: { path: ENTRY, pathNot: '^src/seed/' },
    },
    {
      name: 'feature-imports-no-other-feature',
      comment: 'A feature needs another feature\'s moment: it subscribes to a hook or event, it does not import its internals.',
      severity: 'warn',
      from: { path: FEATURES },
      to: { path: FEATURES, pathNot: '^src/$1/' },
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
