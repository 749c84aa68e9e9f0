import type { Payload } from 'payload'

import { findBySlug, listDocuments } from '../lib/content'
import { documentPath, regionFeedPath } from '../lib/urls'
import { type FeedEntry, newsEntries, renderAtom } from './atom'

/**
 * A region's news: its local agreements, toekomsttuinen and regional working methods as they are
 * published, and each change to them (or to the region page) marked for subscribers. Null when no
 * published region has this slug.
 */
export async function buildRegionFeed(payload: Payload, slug: string): Promise<string | null> {
  const viewer = { payload, user: null, draft: false }
  const region = await findBySlug(viewer, 'regions', slug)
  if (!region) return null
  const inRegion = { region: { equals: region.id } }
  const [agreements, pilots, methods] = await Promise.all([
    listDocuments(viewer, 'local-agreements', { where: inRegion }),
    listDocuments(viewer, 'pilots', { where: inRegion }),
    listDocuments(viewer, 'working-methods', { where: { and: [inRegion, { scope: { equals: 'regio' } }] } }),
  ])
  const regionPath = `/regios/${slug}`
  const pathOf = (collection: string, doc: { slug?: string | null }) =>
    documentPath(collection, { ...doc, region: { slug } }) ?? regionPath
  const entries: FeedEntry[] = [
    // The region page itself is not news when it appears, only when it changes.
    ...newsEntries(region, regionPath, 'Regio').slice(1),
    ...agreements.flatMap((doc) => newsEntries(doc, pathOf('local-agreements', doc), 'Lokale afspraak')),
    ...pilots.flatMap((doc) => newsEntries(doc, pathOf('pilots', doc), 'Toekomsttuin')),
    ...methods.flatMap((doc) => newsEntries(doc, pathOf('working-methods', doc), 'Regionale werkwijze')),
  ]
  return renderAtom({
    title: `Nieuws uit ${region.title}`,
    description: `Nieuwe en gewijzigde lokale afspraken, toekomsttuinen en werkwijzen in ${region.title}.`,
    pagePath: regionPath,
    feedPath: regionFeedPath(slug),
    entries,
  })
}
