import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

/** The header the proxy sets on every request (and on its response); a log line carries its value. */
export const REQUEST_ID_HEADER = 'x-request-id'

type RequestContext = { requestId: string }

// One store per process, also when the route and Payload's chunk are bundled separately.
const shared = globalThis as { __portalRequestContext?: AsyncLocalStorage<RequestContext> }
const storage = (shared.__portalRequestContext ??= new AsyncLocalStorage<RequestContext>())

/** A request id we accept from the proxy in front of us: short and plain, so it cannot forge log lines. */
export function cleanRequestId(value: string | null | undefined): string | null {
  return value && /^[A-Za-z0-9._-]{8,64}$/.test(value) ? value : null
}

export const newRequestId = () => randomUUID()

export function runWithRequestId<T>(headers: Headers, run: () => T): T {
  const requestId = cleanRequestId(headers.get(REQUEST_ID_HEADER)) ?? newRequestId()
  return storage.run({ requestId }, run)
}

/** The id of the request being handled, or undefined outside one (start-up, jobs). */
export const currentRequestId = (): string | undefined => storage.getStore()?.requestId
