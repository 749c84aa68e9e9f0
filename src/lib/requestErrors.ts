import pino, { type Logger } from 'pino'

import { portalLoggerOptions } from './logger'
import { cleanRequestId, REQUEST_ID_HEADER } from './requestId'

/** What Next passes to `onRequestError` (instrumentation.ts) about the failed request. */
export type FailedRequest = { path: string; method: string; headers: Record<string, string | string[] | undefined> }
export type FailedRoute = { routePath: string; routeType: string }

const holder = globalThis as typeof globalThis & { __portalRequestErrorLogger?: Logger }

/** One logger per process, with the portal's redaction (src/lib/logger.ts). */
function logger(): Logger {
  holder.__portalRequestErrorLogger ??= pino(portalLoggerOptions())
  return holder.__portalRequestErrorLogger
}

/**
 * The log line of a page or route that failed on the server. A visitor's error page shows only
 * Next's digest of the error (app/(frontend)/error.tsx: "foutcode"); this line joins that code to
 * the request id that every other line of the same request carries, so support can find the cause
 * from what the visitor reports. The query string is left out: it may hold a token.
 */
export function requestErrorLogLine(error: unknown, request: FailedRequest, route: FailedRoute) {
  const header = request.headers[REQUEST_ID_HEADER]
  const requestId = cleanRequestId(Array.isArray(header) ? header[0] : header) ?? undefined
  const digest = error && typeof error === 'object' && 'digest' in error ? String((error as { digest: unknown }).digest) : undefined
  return {
    requestId,
    digest,
    method: request.method,
    path: request.path.split('?')[0],
    routePath: route.routePath,
    routeType: route.routeType,
    err: error,
  }
}

export function logRequestError(error: unknown, request: FailedRequest, route: FailedRoute): void {
  logger().error(requestErrorLogLine(error, request, route), 'request failed')
}
