import type { Instrumentation } from 'next'
import type { SanitizedConfig } from 'payload'

/**
 * Next calls register() once when the server starts. Initialising Payload here runs the
 * migrations and the demo seed at start-up, so the first visitor does not wait for them (and a
 * health check that says "ok" means a migrated database).
 */
export async function register(): Promise<void> {
  // Written as one block under the runtime check so that the Edge build drops it entirely.
  // `next build` may call register too; the build must never open (or create) the database.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    // TRACE and TRACK made Next answer 500 before any route ran: refused with 405 on arrival.
    ;(await import('./src/api/unsupportedMethods')).refuseUnsupportedMethods()
    // A cached page is one long string: Node sends it far faster as bytes (src/api/encodeLargeBodies.ts).
    ;(await import('./src/api/encodeLargeBodies')).encodeLargeStringBodies()
    // The pages `next build` prerendered are empty shells (the build reads no content): never served.
    ;(await import('./src/lib/cache')).expireBuildTimePages()
    let config: Promise<SanitizedConfig>
    try {
      config = (await import('@payload-config')).default
    } catch (error) {
      // A wrong DATABASE_URI or a missing secret: a server that cannot work should not seem to run.
      console.error(`[portal] ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    }
    const { getPayload } = await import('payload')
    try {
      // cron: the job queues (mails, reminders, retention) run from start-up, not only once the
      // first API or admin request has come in.
      await getPayload({ config, cron: true })
    } catch (error) {
      // A database that is down at start is not fatal: /api/health answers 503 so a load balancer
      // keeps this instance out, and the next request tries again.
      console.error('[portal] Payload could not initialise at start-up:', error)
    }
  }
}

/**
 * A page or route that failed on the server: one JSON line with the request id and the code the
 * visitor's error page shows (src/lib/requestErrors.ts).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  ;(await import('./src/lib/requestErrors')).logRequestError(error, request, context)
}
