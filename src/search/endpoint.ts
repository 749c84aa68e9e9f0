import type { Endpoint, Payload } from 'payload'

import { parseSearchParams } from './params'
import { type PortalSearchResult, runSearch } from './query'
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
    return new Response(answerBody(result), {
      status: 200,
      headers: {
        'Content-Type': 'application/json',
        // Public content; a minute of staleness is a fair price for as-you-type traffic.
        'Cache-Control': 'public, max-age=60',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch (error) {
    payload.logger.error({ err: error }, 'search: query failed')
    return json({ error: 'Zoeken lukt nu even niet. Probeer het over een paar minuten opnieuw.' }, 503)
  }
}

/**
 * The answer as the API gives it, encoded once per answer: while an answer holds, `runSearch`
 * hands out the same object (src/search/recentAnswers.ts), so a repeated question costs neither
 * the highlighting nor JSON and UTF-8 encoding again (about a tenth of the route's time).
 */
const bodies = new WeakMap<PortalSearchResult, Uint8Array<ArrayBuffer>>()
const utf8 = new TextEncoder()

function answerBody(result: PortalSearchResult): Uint8Array<ArrayBuffer> {
  let body = bodies.get(result)
  if (!body) {
    body = utf8.encode(JSON.stringify(apiAnswer(result)))
    bodies.set(result, body)
  }
  return body
}

/** What /api/search tells about an answer: snippets as HTML in which only <mark> is markup. */
function apiAnswer(result: PortalSearchResult) {
  return {
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
