/**
 * The server process's life as the load balancer sees it: serving, then draining after SIGTERM
 * (readiness answers 503 so no new traffic is sent, running work finishes). Kept on globalThis:
 * the process entry (src/scripts/serve.ts) and the application's code, which Next.js bundles as
 * separate module graphs, must share one state.
 */
type Lifecycle = { draining: boolean; drainTasks: Map<string, () => Promise<void>> }

const key = Symbol.for('pr-newsroom.lifecycle')
type WithLifecycle = typeof globalThis & { [key]?: Lifecycle }

function lifecycle(): Lifecycle {
  const holder = globalThis as WithLifecycle
  holder[key] ??= { draining: false, drainTasks: new Map() }
  return holder[key]
}

export const isDraining = (): boolean => lifecycle().draining

/** Work that must finish before the process exits (the job runners); one task per name. */
export function onDrain(name: string, task: () => Promise<void>): void {
  lifecycle().drainTasks.set(name, task)
}

/** Marks the process as draining and runs every drain task to its end. */
export async function drain(): Promise<void> {
  const state = lifecycle()
  state.draining = true
  await Promise.all([...state.drainTasks.values()].map((task) => task()))
}
