import { ATOM_HEADERS, buildVacancyFeed } from '@/feeds/vacancyFeed'
import { getPayload } from '@/lib/payload'

export const dynamic = 'force-dynamic'

/** GET /vacatures/feed.atom?regio=rivierenland: the Atom feed of the same view of /vacatures. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (url.search.length > 2000)
    return new Response('Deze feed-URL is te lang.', {
      status: 414,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const params: Record<string, string[]> = {}
  for (const [key, value] of url.searchParams) (params[key] ??= []).push(value)
  return new Response(await buildVacancyFeed(await getPayload(), params), { headers: ATOM_HEADERS })
}
