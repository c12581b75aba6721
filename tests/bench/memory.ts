import fs from 'fs'

/** Each process of a process group (`npm start` and its children) with its resident memory in MB. */
export function groupProcesses(pgid: number): Array<{ pid: number; rssMb: number; command: string }> {
  const found: Array<{ pid: number; rssMb: number; command: string }> = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name, which is in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8')
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim()
      found.push({ pid: Number(entry), rssMb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024, command })
    } catch {
      // the process ended while we looked
    }
  }
  return found
}

/** Resident memory, in MB, of every process in a process group. */
export function groupRssMb(pgid: number): number {
  return Math.round(groupProcesses(pgid).reduce((sum, process) => sum + process.rssMb, 0))
}

/** Samples a process group's RSS every 100 ms until stopped; reports the peak. */
export function rssSampler(pgid: number): { stop: () => number } {
  let peak = groupRssMb(pgid)
  const timer = setInterval(() => {
    peak = Math.max(peak, groupRssMb(pgid))
  }, 100)
  return {
    stop: () => {
      clearInterval(timer)
      return Math.max(peak, groupRssMb(pgid))
    },
  }
}

/**
 * A process group's memory at rest: once the start-up's own work (the back-fills, the first
 * modules loaded) has settled, the highest of several samples, so one sample taken in the middle
 * of that work is not reported as the rest.
 */
export async function restingRssMb(
  pgid: number,
  { settleMs = 5_000, samples = 6, everyMs = 500 } = {},
): Promise<{ rssMb: number; processes: string }> {
  await new Promise((resolve) => setTimeout(resolve, settleMs))
  let highest = { rssMb: 0, processes: '' }
  for (let i = 0; i < samples; i++) {
    const processes = groupProcesses(pgid)
    const rssMb = Math.round(processes.reduce((sum, process) => sum + process.rssMb, 0))
    if (rssMb >= highest.rssMb) {
      highest = {
        rssMb,
        processes: processes.map((process) => `${process.command.slice(0, 60)} ${Math.round(process.rssMb)} MB`).join(', '),
      }
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  return highest
}

/** CPU time, in clock ticks, that a process group's processes have used so far. */
function groupCpuTicks(pgid: number): number {
  let ticks = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // the process ended while we looked
    }
  }
  return ticks
}

/**
 * Waits until a process group is idle (under 5% of a core over half a second), at most `maxMs`;
 * returns how long it took. A scenario whose requests time out leaves the server working on them
 * after the client has gone: C's abandoned requests ran on into the next scenarios, on the same
 * two cores, and took E and A through Next.js from about 900 to about 500 req/s in one run.
 */
export async function untilIdle(pgid: number, { maxMs = 180_000, windowMs = 500 } = {}): Promise<number> {
  const started = Date.now()
  const idleTicks = (windowMs / 1000) * 100 * 0.05
  let before = groupCpuTicks(pgid)
  while (Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, windowMs))
    const now = groupCpuTicks(pgid)
    if (now - before < idleTicks) break
    before = now
  }
  return Date.now() - started
}
