import { atomResponse } from '@/feeds/atom'
import { buildTrainingFeed } from '@/feeds/trainingFeed'
import { getPayload } from '@/lib/payload'

/** GET /scholing/feed.atom?regio=rivierenland: the Atom feed of the same view of /scholing. */
export async function GET(request: Request): Promise<Response> {
  return atomResponse(request, async (params) => buildTrainingFeed(await getPayload(), params))
}
