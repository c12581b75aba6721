import fs from 'fs'

/** Runs `work` holding a lock file shared by every process of the machine. */
export async function withFileLock(lock: string, work: () => Promise<void>): Promise<void> {
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' })
      break
    } catch {
      // Held: wait, unless its holder is gone (a killed test run leaves the file behind).
      let holder = 0
      try {
        holder = Number(fs.readFileSync(lock, 'utf8'))
      } catch {
        // Released in between: try again.
      }
      if (holder && !isRunning(holder)) fs.rmSync(lock, { force: true })
      else await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  try {
    await work()
  } finally {
    fs.rmSync(lock, { force: true })
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
