import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

import { cleanRequestId, REQUEST_ID_HEADER } from './requestId'

type RequestContext = { requestId: string }

// One store per process, also when the route and Payload's chunk are bundled separately.
const shared = globalThis as { __portalRequestContext?: AsyncLocalStorage<RequestContext> }
const storage = (shared.__portalRequestContext ??= new AsyncLocalStorage<RequestContext>())

export const newRequestId = () => randomUUID()

export function runWithRequestId<T>(headers: Headers, run: () => T): T {
  const requestId = cleanRequestId(headers.get(REQUEST_ID_HEADER)) ?? newRequestId()
  return storage.run({ requestId }, run)
}

/** The id of the request being handled, or undefined outside one (start-up, jobs). */
export const currentRequestId = (): string | undefined => storage.getStore()?.requestId
