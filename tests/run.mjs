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
// A process that fails has its failure report printed again at the very end: the two outputs
// interleave, and a CI log is often read from its tail, where the other process's last lines are.
import { spawn } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import readline from 'readline'
import { stripVTControlCharacters } from 'util'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs')

const runs = [
  { name: 'unit+int', args: ['--project', 'unit', '--project', 'int', '--project', 'servers'], nice: 10 },
  { name: 'http', args: ['--project', 'http'], nice: 0 },
]

const started = Date.now()
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-run-'))
/** Each process's output, kept for the failure report at the end. */
const outputs = Object.fromEntries(runs.map(({ name }) => [name, []]))
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
          readline.createInterface({ input: stream }).on('line', (line) => {
            outputs[name].push(line)
            out.write(`[${name}] ${line}\n`)
          })
        }
        child.on('exit', (code, signal) => {
          process.stdout.write(`[${name}] finished: ${signal ?? `exit code ${code}`}\n`)
          resolve(code ?? 1)
        })
      }),
  ),
)
fs.rmSync(runDir, { recursive: true, force: true })
runs.forEach(({ name }, i) => {
  if (codes[i] !== 0) process.stdout.write(failureReport(name, outputs[name]))
})
process.stdout.write(
  `npm test: ${codes.every((code) => code === 0) ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s\n`,
)
process.exit(codes.find((code) => code !== 0) ?? 0)

/**
 * What a failed Vitest process reported: its "Failed Tests", "Failed Suites" and "Unhandled Errors"
 * sections (the first 150 lines from the first of them), then the name of every failed test and
 * file. A process that ended without those sections (a crash) is shown by its last 60 lines.
 */
function failureReport(name, lines) {
  const plain = lines.map(stripVTControlCharacters)
  const start = plain.findIndex((line) => /⎯ (Failed Tests|Failed Suites|Unhandled Error)/.test(line))
  const section = start >= 0 ? plain.slice(start, start + 150) : plain.slice(-60)
  const failed = [...new Set(plain.filter((line) => /^\s*(FAIL|×)\s/.test(line)).map((line) => line.trim()))]
  return [
    '',
    `==== [${name}] failed: its report ====`,
    ...section,
    `==== [${name}] failed tests and files ====`,
    ...(failed.length ? failed : ['(none named: see the report above)']),
    '',
  ]
    .map((line) => `${line}\n`)
    .join('')
}
