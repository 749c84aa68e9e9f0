import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type RequestContext,
} from 'payload'

/**
 * Runs `work` in one database transaction. Given a request that is already in a transaction (a
 * hook's), the work joins it and the owner commits; otherwise a new one is started and committed
 * here, or rolled back when `work` throws.
 */
export async function inTransaction<T>(
  from: Payload | PayloadRequest,
  work: (req: PayloadRequest) => Promise<T>,
  context: RequestContext = {},
): Promise<T> {
  const req = isRequest(from) ? from : await createLocalReq({ context }, from)
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

// A request carries its Payload instance; the instance itself has no such property.
const isRequest = (value: Payload | PayloadRequest): value is PayloadRequest => 'payload' in value
