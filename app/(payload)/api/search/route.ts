import config from '@payload-config'

import { guardRest } from '@/api/guardRest'
import { limitRequests } from '@/api/limitRequests'
import { getPayload } from '@/lib/payload'
import { searchAnswer } from '@/search/endpoint'

export const dynamic = 'force-dynamic'

/**
 * GET /api/search: its own route before Payload's catch-all, so that an as-you-type query costs
 * the search and nothing else (no session, no Payload request); rate limited like the rest of the
 * API (src/api/limitRequests.ts), and guarded the same way.
 */
export const GET = guardRest(
  limitRequests(async (request) => searchAnswer(await getPayload(), new URL(request.url))),
  config,
)
