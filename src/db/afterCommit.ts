import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

type Callback = () => Promise<void>

const pending = new WeakMap<object, Map<number | string, Callback[]>>()

/**
 * Runs `callback` once the write of `req` is durable and visible to every other node: at once
 * when the request has no transaction (SQLite here, MongoDB without a replica set), else right
 * after its transaction commits, before the request answers; never when it is rolled back. For
 * signals that other nodes act on (the delivery epoch): sent inside the transaction, a node could
 * act on them before the change they announce is readable, and cache the old content again.
 */
export async function afterCommit(req: PayloadRequest, callback: Callback): Promise<void> {
  const transactionID = await req.transactionID
  const callbacks = transactionID ? pending.get(req.payload.db)?.get(transactionID) : undefined
  if (callbacks) callbacks.push(callback)
  else await callback()
}

/** Keeps a list of callbacks per transaction and runs them after a commit. */
export function withAfterCommit(adapter: BaseDatabaseAdapter): BaseDatabaseAdapter {
  const byTransaction = new Map<number | string, Callback[]>()
  pending.set(adapter, byTransaction)
  const begin = adapter.beginTransaction.bind(adapter)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  adapter.beginTransaction = async (options) => {
    const id = await begin(options)
    if (id !== null) byTransaction.set(id, [])
    return id
  }
  adapter.commitTransaction = async (idOrPromise) => {
    const id = await idOrPromise
    await commit(id)
    const callbacks = byTransaction.get(id) ?? []
    byTransaction.delete(id)
    for (const callback of callbacks) await callback()
  }
  adapter.rollbackTransaction = async (idOrPromise) => {
    const id = await idOrPromise
    byTransaction.delete(id)
    await rollback(id)
  }
  return adapter
}
