import type { Payload } from 'payload'
import { draftMode, headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import type { User } from '../../payload-types'
import { isBuildPhase } from './cache'
import { getPayload } from './payload'

export type Viewer = { payload: Payload; user: User | null; draft: boolean }

/**
 * Who is looking. Visitors are anonymous; only an editor who entered draft mode from the admin
 * (preview) is identified, so drafts reach nobody else. Access control still decides what the
 * editor may see: every read passes this user with overrideAccess: false.
 *
 * Once per request (React's `cache`): a page's metadata, the page and its components all ask, and
 * for an editor in preview each asking would check the session against the database again.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  // `next build` prerenders the pages without parameters but opens no database: such a page is
  // built as "not found" and thrown away when the server starts (src/lib/cache.ts).
  if (isBuildPhase()) notFound()
  const payload = await getPayload()
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { payload, user: null, draft: false }
  const { user } = await payload.auth({ headers: await headers() })
  return { payload, user: (user as User | null) ?? null, draft: Boolean(user) }
})
