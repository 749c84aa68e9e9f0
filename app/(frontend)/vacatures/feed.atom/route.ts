import { atomResponse } from '@/feeds/atom'
import { buildVacancyFeed } from '@/feeds/vacancyFeed'
import { getPayload } from '@/lib/payload'

/** GET /vacatures/feed.atom?regio=rivierenland: the Atom feed of the same view of /vacatures. */
export async function GET(request: Request): Promise<Response> {
  return atomResponse(request, async (params) => buildVacancyFeed(await getPayload(), params))
}
