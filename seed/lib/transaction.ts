import { commitTransaction, createLocalReq, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { SEED_CONTEXT, type SeedContext } from './context'

/**
 * Runs one step of the seed in one database transaction: a step lands completely or not at all,
 * and SQLite commits once per step instead of once per document, which keeps the whole seed well
 * under a minute. Every write inside must pass the request it gets.
 */
export async function inTransaction<T>(ctx: SeedContext, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({ context: { ...SEED_CONTEXT } }, ctx.payload)
  const owner = await initTransaction(req)
  try {
    const result = await work(req)
    if (owner) await commitTransaction(req)
    return result
  } catch (error) {
    if (owner) await killTransaction(req)
    throw error
  }
}
