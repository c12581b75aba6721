/**
 * `npm run check:imports`: the one direction of imports (README, "Project layout") and no cycles,
 * of files or of folders. Layers, top to bottom:
 *   src/app, src/proxy.ts, src/scripts, src/seed     HTTP routes and entry points
 *   feature folders (FEATURES below)                 each talks to the others through hooks and events
 *   collections/, src/fields, src/hooks, src/guards, src/uploads, src/edge
 *   src/access, src/lib, src/config, src/db          rules and pure helpers
 */
const FEATURES = '^src/(workflow|delivery|portal|audit|notifications|webhooks|foi|dashboards|search|backup)/'
const DATA = '^(collections/|src/(fields|hooks|guards|uploads|edge)/)'
const BASE = '^src/(access|lib|config|db)/'
const ENTRY = '^(src/(app|scripts|seed|migrations)/|src/proxy\\.ts|src/instrumentation\\.ts|payload\\.config\\.ts)'

module.exports = {
  forbidden: [
    { name: 'no-file-cycles', severity: 'error', from: {}, to: { circular: true } },
    { name: 'no-folder-cycles', severity: 'error', scope: 'folder', from: {}, to: { circular: true } },
    { name: 'base-imports-nothing-above', severity: 'error', from: { path: BASE }, to: { path: [FEATURES, DATA, ENTRY] } },
    { name: 'data-imports-no-feature', severity: 'error', from: { path: DATA }, to: { path: [FEATURES, ENTRY] } },
    {
      name: 'features-import-no-routes',
      severity: 'error',
      from: { path: FEATURES },
      to: { path: ENTRY, pathNot: '^src/(migrations|seed)/' },
    },
    {
      name: 'feature-imports-no-other-feature',
      comment: 'A feature needs another feature\'s moment: it subscribes to a hook or event, it does not import its internals.',
      severity: 'error',
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
