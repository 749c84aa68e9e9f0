import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { userHasRole } from '@/access/hasRole'
import { getPayload } from '@/lib/payload'
import { documentPath } from '@/lib/urls'

const GLOBAL_PATHS: Record<string, string> = { vision: '/visie', 'escalation-model': '/escalatiemodel' }

/**
 * Editors open a draft from the admin: only a logged-in editing account turns on Next's draft
 * mode. The pages then read with that user and `draft: true`, and access control decides.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const payload = await getPayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !userHasRole(user, ['redacteur', 'regioredacteur', 'trainer', 'werver'])) {
    return new Response('U moet ingelogd zijn als redacteur om een concept te bekijken.', { status: 403 })
  }
  const collection = url.searchParams.get('collection') ?? ''
  const slug = url.searchParams.get('slug') ?? ''
  const global = url.searchParams.get('global') ?? ''
  const path = GLOBAL_PATHS[global] ?? documentPath(collection, { slug })
  if (!path) return new Response('Voor dit type inhoud is geen voorbeeldweergave.', { status: 400 })
  ;(await draftMode()).enable()
  redirect(path)
}
