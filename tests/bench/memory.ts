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
