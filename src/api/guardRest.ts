import type { SanitizedConfig } from 'payload'

import { CLIENT_FAULT_MESSAGES } from './clientFaults'
import { runWithRequestId } from '../lib/requestContext'

/** A route handler; the context is whatever its route passes (Payload's catch-all: the slug). */
type Handler<C> = (request: Request, context: C) => Promise<Response>

const NO_STORE = { 'Cache-Control': 'no-store', 'Content-Language': 'nl' }

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: NO_STORE })

/** True when every %-escape in the path decodes (Payload decodes route segments itself). */
function pathDecodes(url: URL): boolean {
  try {
    decodeURIComponent(url.pathname)
    return true
  } catch {
    return false
  }
}

/** depth, limit and page must be whole numbers; Payload passes anything else on to the database. */
function badNumberParam(url: URL): string | null {
  for (const key of ['depth', 'limit', 'page']) {
    for (const value of url.searchParams.getAll(key)) {
      if (!/^[0-9]{1,7}$/.test(value)) return key
    }
  }
  return null
}

/**
 * `/api/<slug>/versions/…` (and the same under /api/globals) for something that keeps no versions:
 * Payload's restore-version route then queries a versions table that does not exist (500).
 */
function versionsOfUnversioned(config: SanitizedConfig, url: URL): boolean {
  const match = /^\/api\/(globals\/)?([^/]+)\/versions(\/|$)/.exec(url.pathname)
  if (!match) return false
  const owner = match[1]
    ? config.globals.find((global) => global.slug === match[2])
    : config.collections.find((collection) => collection.slug === match[2])
  return Boolean(owner) && !owner?.versions
}

/**
 * The one wrapper around Payload's REST handlers (app/(payload)/api/[...slug]/route.ts). What
 * Payload answers with a 500 for a request the client got wrong is turned into a 4xx here or in
 * `clientFaultsAfterError` (src/api/clientFaults.ts), never per route:
 * - a path with broken %-encoding: 400 (the proxy refuses these too, this covers direct calls);
 * - a route Payload has switched off (`endpoints: false`, e.g. payload-migrations) answers 501
 *   "Cannot GET …" with the URL echoed: that is a 404 for a visitor.
 * - `depth`, `limit` or `page` that is no whole number (PostgreSQL failed on `limit=%08`): 400;
 * - the versions routes of a collection or global without versions: 404.
 * Every request runs with its request id, so each log line it causes carries it.
 */
export function guardRest<C>(handler: Handler<C>, config: Promise<SanitizedConfig> | SanitizedConfig): Handler<C> {
  return (request, context) =>
    runWithRequestId(request.headers, async () => {
      const url = new URL(request.url)
      if (!pathDecodes(url)) return refuse(400, CLIENT_FAULT_MESSAGES.path)
      const badNumber = badNumberParam(url)
      if (badNumber) return refuse(400, CLIENT_FAULT_MESSAGES.number(badNumber))
      if (versionsOfUnversioned(await config, url)) return refuse(404, CLIENT_FAULT_MESSAGES.noSuchRoute)
      const response = await handler(request, context)
      if (response.status === 501) {
        await response.body?.cancel().catch(() => undefined)
        return refuse(404, CLIENT_FAULT_MESSAGES.noSuchRoute)
      }
      return response
    })
}
