/**
 * Loaded with `node --import` before any script that touches the Payload config (the seed, the
 * Payload CLI). Lexical's Node entry points choose their build with a top-level
 * `await import()`; when Node 20 evaluates several of them concurrently through a shared
 * dependency the await sometimes never settles, and the process exits silently (code 13 or 0)
 * in about half of the runs. Loading them one at a time, dependencies first, avoids the race.
 * Next.js and vitest bundle these modules and do not need this.
 */
const LEXICAL_PACKAGES_IN_DEPENDENCY_ORDER = [
  'lexical',
  '@lexical/utils',
  '@lexical/selection',
  '@lexical/text',
  '@lexical/html',
  '@lexical/clipboard',
  '@lexical/list',
  '@lexical/link',
  '@lexical/mark',
  '@lexical/rich-text',
  '@lexical/plain-text',
  '@lexical/table',
  '@lexical/code-core',
  '@lexical/hashtag',
  '@lexical/history',
  '@lexical/overflow',
  '@lexical/markdown',
  '@lexical/headless',
  '@lexical/extension',
  '@lexical/yjs',
]

for (const name of LEXICAL_PACKAGES_IN_DEPENDENCY_ORDER) {
  try {
    await import(name)
  } catch {
    // Not installed with this version of @payloadcms/richtext-lexical: nothing to preload.
  }
}
