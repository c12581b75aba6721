/**
 * Lexical's Node entry points (`*.node.mjs`) pick their build with a top-level `await import()`.
 * When Node 20 evaluates several of them concurrently through a shared dependency, the
 * top-level await sometimes never settles and the process exits silently with code 13 (seen in
 * about half of plain `node` runs that import @payloadcms/richtext-lexical). Loading them one at
 * a time, dependencies first, before anything imports the Payload config avoids the race.
 * Next.js and vitest bundle these modules and are not affected; only our Node scripts need this.
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

export async function preloadLexical(): Promise<void> {
  for (const name of LEXICAL_PACKAGES_IN_DEPENDENCY_ORDER) {
    try {
      await import(name)
    } catch {
      // A package this version of richtext-lexical does not install: nothing to preload.
    }
  }
}
