// `npm test`: the unit and integration files (and the HTTP files with servers of their own) in one
// Vitest process and the HTTP and browser files (which first build the app and start a server) in
// another, side by side. Vitest runs a project whose files must go one at a time only after all the
// others, so in one process the two cores would wait on the build and then on the browser tests
// one after the other. The HTTP side is the longer chain (build, then its files one by one), so the
// other runs at a lower CPU priority and fills the time the chain leaves idle. (A third process
// giving the admin sweep a server of its own was tried: on two cores it starved the others and
// took longer.) Both copy one seeded database, made once in a folder of the run's
// (NEWSROOM_TEST_RUN_DIR, removed at the end; tests/helpers/server.ts), and share one build. Each
// line is prefixed with its process; the exit code is the first failure's, after both have finished.
import { spawn } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import readline from 'readline'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs')

const runs = [
  { name: 'unit+int', args: ['--project', 'unit', '--project', 'int', '--project', 'servers'], nice: 10 },
  { name: 'http', args: ['--project', 'http'], nice: 0 },
]

const started = Date.now()
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-run-'))
const codes = await Promise.all(
  runs.map(
    ({ name, args, nice }) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [vitest, 'run', ...args], {
          cwd: root,
          env: { ...process.env, NEWSROOM_TEST_RUN_DIR: runDir },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        // Set before Vitest forks its workers, which inherit it.
        if (nice) os.setPriority(child.pid, nice)
        for (const [stream, out] of [
          [child.stdout, process.stdout],
          [child.stderr, process.stderr],
        ]) {
          readline.createInterface({ input: stream }).on('line', (line) => out.write(`[${name}] ${line}\n`))
        }
        child.on('exit', (code, signal) => {
          process.stdout.write(`[${name}] finished: ${signal ?? `exit code ${code}`}\n`)
          resolve(code ?? 1)
        })
      }),
  ),
)
fs.rmSync(runDir, { recursive: true, force: true })
process.stdout.write(
  `npm test: ${codes.every((code) => code === 0) ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s\n`,
)
process.exit(codes.find((code) => code !== 0) ?? 0)
