import { handleEndpoints } from 'payload'

import type { Portal } from './bootPayload'

export type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Payload's REST API for a booted test portal, as the app's catch-all route serves it. */
export function restHandler(portal: Portal): RouteHandler {
  return (request) => handleEndpoints({ config: portal.payload.config, request, payloadInstanceCacheKey: portal.key })
}

export const routeContext = (path: string) => ({
  params: Promise.resolve({ slug: path.replace(/^\/api\//, '').split('/') }),
})
