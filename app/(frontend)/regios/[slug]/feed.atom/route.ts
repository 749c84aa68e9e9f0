import { atomResponse } from '@/feeds/atom'
import { buildRegionFeed } from '@/feeds/regionFeed'
import { getPayload } from '@/lib/payload'

/** GET /regios/<slug>/feed.atom: the region's news. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params
  return atomResponse(request, async () => buildRegionFeed(await getPayload(), slug.slice(0, 120)))
}
