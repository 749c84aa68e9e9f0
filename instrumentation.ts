/**
 * Next calls register() once when the server starts. Initialising Payload here runs the
 * migrations and the demo seed at start-up, so the first visitor does not wait for them (and a
 * health check that says "ok" means a migrated database).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // `next build` may load this too; the build must never open (or create) the database.
  if (process.env.NEXT_PHASE === 'phase-production-build') return

  // A wrong DATABASE_URI or a missing secret throws here and stops start-up, as it should.
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  try {
    await getPayload({ config })
  } catch (error) {
    // A database that is down at start is not fatal: /api/health answers 503 so a load balancer
    // keeps this instance out, and the next request tries again.
    console.error('[portal] Payload could not initialise at start-up:', error)
  }
}
