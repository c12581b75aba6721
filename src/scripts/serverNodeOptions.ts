/**
 * The production server's V8 heap limit, in MB. V8 sizes the heap from the machine's memory
 * (about 4 GB on a 24 GB machine) and collects lazily: under the benchmark's load the server
 * passed 1 GB of RSS with nothing retained, and with this limit it stays near 450 MB at the same
 * throughput (tests/bench). A NODE_OPTIONS that sets its own limit wins.
 */
export const SERVER_HEAP_MB = 384

export function serverNodeOptions(existing: string | undefined): string {
  const options = existing ?? ''
  return /--max-old-space-size/.test(options) ? options : `${options} --max-old-space-size=${SERVER_HEAP_MB}`.trim()
}
