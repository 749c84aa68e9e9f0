import type { Metadata } from 'next'

import { notFoundOrMoved } from '@/lib/detailPage'
import { getPayload } from '@/lib/payload'

/**
 * Every address no other route knows: an old address that moved (a redirect an editor made, such
 * as /privacy → /paginas/privacy) answers 308, anything else the site's 404. Rendered once per
 * address and then served from the full-route cache, so a stray URL costs one lookup, not one per
 * request; pages that exist never come here.
 */
export const revalidate = 30

export async function generateStaticParams(): Promise<{ pad: string[] }[]> {
  return []
}

export const metadata: Metadata = { title: 'Niet gevonden' }

export default async function MovedOrMissing({ params }: { params: Promise<{ pad: string[] }> }) {
  const { pad } = await params
  return notFoundOrMoved({ payload: await getPayload(), user: null, draft: false }, `/${pad.join('/')}`)
}
