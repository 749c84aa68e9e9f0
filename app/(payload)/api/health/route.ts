import { checkHealth, unhealthy } from '@/endpoints/health'
import { parseDatabaseUri } from '@/db/parseDatabaseUri'
import { getPayload } from '@/lib/payload'

export const dynamic = 'force-dynamic'

/**
 * GET /api/health. Its own route (before Payload's catch-all) so that a database that is down
 * when the instance starts gives 503, not the 500 Payload's router answers when it cannot
 * initialise.
 */
export async function GET(): Promise<Response> {
  let payload
  try {
    payload = await getPayload()
  } catch {
    return unhealthy(parseDatabaseUri(process.env.DATABASE_URI).kind)
  }
  return checkHealth(payload)
}
