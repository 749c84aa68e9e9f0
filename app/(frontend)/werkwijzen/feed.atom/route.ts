import { atomResponse } from '@/feeds/atom'
import { buildWorkingMethodFeed } from '@/feeds/workingMethodFeed'
import { getPayload } from '@/lib/payload'

/** GET /werkwijzen/feed.atom?bouwsteen=3: new and changed working methods of that /werkwijzen view. */
export async function GET(request: Request): Promise<Response> {
  return atomResponse(request, async (params) => buildWorkingMethodFeed(await getPayload(), params))
}
