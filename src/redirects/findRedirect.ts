import type { Payload } from 'payload'

import { cachedForVisitors } from '../lib/cache'
import { documentUrlPath, isRedirectedCollection, normaliseRedirectPath, normaliseRedirectTarget } from './paths'
import type { RedirectTo } from './target'

/**
 * Where an address that has no page now leads, as a visitor may follow it: null when there is no
 * redirect, or it points at a document that is not published (a visitor does not get it
 * populated). Only asked where a page was not found (the detail routes' 404 path and the catch-all
 * route), never for a page that exists; cached like the pages (src/lib/cache.ts) and dropped with
 * them on every change, redirects included.
 */
export async function findRedirect(payload: Payload, path: string): Promise<string | null> {
  const from = normaliseRedirectPath(path)
  if (!from) return null
  return cachedForVisitors(['redirect', from], async () => {
    const { docs } = await payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      depth: 1,
      limit: 1,
      overrideAccess: false,
      user: null,
    })
    const to = docs[0]?.to as RedirectTo | undefined
    if (!to) return null
    if (to.type === 'custom') return normaliseRedirectTarget(to.url)
    const relationTo = to.reference?.relationTo
    const target = to.reference?.value as { slug?: string | null } | number | string | undefined
    if (!relationTo || !isRedirectedCollection(relationTo) || !target || typeof target !== 'object' || !target.slug) return null
    const path = documentUrlPath(relationTo, target.slug)
    return path === from ? null : path
  })
}

/**
 * For the files under a detail page (a work card's PDF, a training's calendar): when the page moved,
 * the same file under its new address, as a 308; null otherwise. Only for targets on this site.
 */
export async function movedFileResponse(payload: Payload, pagePath: string, file: string): Promise<Response | null> {
  const target = await findRedirect(payload, pagePath)
  if (!target || !target.startsWith('/')) return null
  return new Response(null, { status: 308, headers: { Location: `${target}/${file}`, 'Cache-Control': 'no-store' } })
}
