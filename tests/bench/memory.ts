import fs from 'fs'

/** Resident memory, in MB, of every process in a process group (`next start` and its children). */
export function groupRssMb(pgid: number): number {
  let kb = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name, which is in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8')
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    } catch {
      // the process ended while we looked
    }
  }
  return Math.round(kb / 1024)
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
export async function restingRssMb(pgid: number, { settleMs = 5_000, samples = 6, everyMs = 500 } = {}): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, settleMs))
  let highest = 0
  for (let i = 0; i < samples; i++) {
    highest = Math.max(highest, groupRssMb(pgid))
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  return highest
}
