/**
 * The production server's V8 heap limit, in MB. V8 sizes the heap from the machine's memory
 * (about 4 GB on a 24 GB machine) and collects lazily: under the benchmark's load the server
 * passed 1 GB of RSS with nothing retained, and with this limit it stays near 450 MB at the same
 * throughput (tests/bench).
 */
export const SERVER_HEAP_MB = 384

/**
 * The young generation's semi-space, in MB (V8's default is 16): a request's garbage is small
 * and short-lived, and the smaller nursery kept the idle server about 20 MB lighter (issue 15's
 * memory budget) in the same benchmark.
 */
export const SERVER_SEMI_SPACE_MB = 4

/** The server's V8 flags; a NODE_OPTIONS that sets either itself wins. */
export function serverNodeOptions(existing: string | undefined): string {
  const options = existing ?? ''
  const flags = [
    /--max-old-space-size/.test(options) ? '' : `--max-old-space-size=${SERVER_HEAP_MB}`,
    /--max-semi-space-size/.test(options) ? '' : `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`,
  ]
  return [options, ...flags].filter(Boolean).join(' ')
}
