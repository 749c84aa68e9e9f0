import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { GlobalSlug } from 'payload'

import { userHasRole } from '@/access/hasRole'
import { isLivePreviewCollection, LIVE_PREVIEW_GLOBALS } from '@/lib/livePreview'
import { getPayload } from '@/lib/payload'
import { documentPath } from '@/lib/urls'

const GLOBAL_PATHS: Record<string, string> = { vision: '/visie', 'escalation-model': '/escalatiemodel' }

const MAX_SLUG_LENGTH = 200

const refuse = (message: string, status: number) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } })

/**
 * Editors open a draft from the admin (and the admin's live preview opens it in an iframe): only
 * a logged-in editing account that may read this draft turns on Next's draft mode. The pages then
 * read with that user and `draft: true`, and access control decides again.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const payload = await getPayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !userHasRole(user, ['redacteur', 'regioredacteur', 'trainer', 'werver'])) {
    return refuse('U moet ingelogd zijn als redacteur om een concept te bekijken.', 403)
  }
  const collection = url.searchParams.get('collection') ?? ''
  const slug = (url.searchParams.get('slug') ?? '').slice(0, MAX_SLUG_LENGTH)
  const global = url.searchParams.get('global') ?? ''

  let path: string | null = null
  if (global) {
    if (!GLOBAL_PATHS[global] || !(LIVE_PREVIEW_GLOBALS as string[]).includes(global)) {
      return refuse('Voor dit type inhoud is geen voorbeeldweergave.', 400)
    }
    try {
      await payload.findGlobal({ slug: global as GlobalSlug, draft: true, depth: 0, overrideAccess: false, user })
    } catch {
      return refuse('U mag dit concept niet bekijken.', 403)
    }
    path = GLOBAL_PATHS[global]
  } else {
    if (!isLivePreviewCollection(collection)) return refuse('Voor dit type inhoud is geen voorbeeldweergave.', 400)
    if (!slug) return refuse('Sla het document eerst op; dan is er een voorbeeld.', 400)
    // The draft as this editor may read it: another region's draft, or a trainer's training for
    // someone else, is not found, and no draft mode is switched on for it.
    const { docs } = await payload
      .find({
        collection,
        where: { slug: { equals: slug } },
        draft: true,
        depth: 1,
        limit: 1,
        pagination: false,
        overrideAccess: false,
        user,
      })
      .catch(() => ({ docs: [] }))
    const doc = docs[0] as { slug?: string | null } | undefined
    if (!doc) return refuse('Geen concept gevonden dat u mag bekijken.', 404)
    path = documentPath(collection, doc as Record<string, unknown> & { slug?: string | null })
  }
  if (!path) return refuse('Voor dit type inhoud is geen voorbeeldweergave.', 400)
  ;(await draftMode()).enable()
  redirect(path)
}
