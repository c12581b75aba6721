/**
 * Runs a script's `main` and exits with its outcome. If the module graph never finishes loading
 * (Node 20 and Lexical's top-level awaits, see preload-lexical.mjs), Node exits with nothing left
 * to do and code 0: that becomes a failure with a message rather than a silent success.
 */
export function runToCompletion(name: string, main: () => Promise<void>): void {
  let finished = false
  process.on('exit', (code) => {
    if (!finished && code === 0) {
      console.error(`${name} stopped before finishing (module loading never completed).`)
      process.exitCode = 1
    }
  })
  main().then(
    () => {
      finished = true
      process.exit(0)
    },
    (error) => {
      finished = true
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
