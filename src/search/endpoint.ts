import type { Endpoint, Payload } from 'payload'

import { parseSearchParams } from './params'
import { runSearch } from './query'
import { MAX_LOGGED_QUERY_LENGTH, recordClick } from './record-search'
import { partsToHtml } from './text/highlight'

const json = (body: unknown, status = 200, cache = 'no-store') =>
  Response.json(body, { status, headers: { 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' } })

/**
 * GET /api/search?q=&type=&region=&buildingBlock=&audience=&page=&limit=
 * Public: it only ever returns what the public site shows. Snippets are HTML in which everything
 * but <mark> is escaped. Served by its own Next route (app/(payload)/api/search/route.ts) rather
 * than as a Payload endpoint: a search needs neither the visitor's session nor Payload's request,
 * and skipping them doubles what one instance answers (bench/RESULTS.md).
 */
export async function searchAnswer(payload: Payload, url: URL): Promise<Response> {
  const parsed = parseSearchParams(url.searchParams)
  if (!parsed.ok) return json({ error: parsed.message }, 400)
  try {
    const result = await runSearch(payload, parsed.value)
    return json(
      {
        query: result.query,
        total: result.total,
        page: result.page,
        pageCount: result.pageCount,
        hits: result.hits.map((hit) => ({
          id: hit.id,
          title: hit.title,
          titleHtml: partsToHtml(hit.titleParts),
          url: hit.url,
          type: hit.type,
          typeLabel: hit.typeLabel,
          snippet: partsToHtml(hit.snippetParts),
          regions: hit.regions,
          buildingBlocks: hit.buildingBlocks,
          audiences: hit.audiences,
          updatedAt: hit.updatedAt,
          ...(hit.pinned ? { pinned: true } : {}),
        })),
        facets: result.facets,
      },
      200,
      // Public content; a minute of staleness is a fair price for as-you-type traffic.
      'public, max-age=60',
    )
  } catch (error) {
    payload.logger.error({ err: error }, 'search: query failed')
    return json({ error: 'Zoeken lukt nu even niet. Probeer het over een paar minuten opnieuw.' }, 503)
  }
}

/**
 * POST /api/search-click?q=… : the `ping` of a result link on /zoeken. Counts a click for a query
 * already counted today; stores nothing about the visitor and never adds a row. The body is not read.
 */
export const searchClickEndpoint: Endpoint = {
  path: '/search-click',
  method: 'post',
  handler: async (req) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const q = url.searchParams.get('q') ?? ''
    if (!q.trim() || q.length > MAX_LOGGED_QUERY_LENGTH * 4)
      return json({ error: 'Geef de zoekvraag mee in q (hoogstens 400 tekens).' }, 400)
    try {
      await recordClick(req.payload, q)
    } catch (error) {
      req.payload.logger.warn({ err: error }, 'search: counting a click failed')
    }
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
  },
}
