import type { MetadataRoute } from 'next'

import { isBuildPhase } from '@/lib/cache'
import { listDocuments } from '@/lib/content'
import { siteUrl } from '@/lib/seo'
import { COLLECTION_PATHS } from '@/lib/urls'
import { openVacancyWhere } from '@/lib/vacancies'
import { getPayload } from '@/lib/payload'

/** From the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

const STATIC_PATHS = ['/', '/visie', '/bouwstenen', '/werkwijzen', '/escalatiemodel', '/scholing', '/vacatures', '/regios', '/toekomsttuinen', '/begrippen', '/monitor', '/documenten']

/**
 * Only what an anonymous visitor may read: published documents, open vacancies. Each at its current
 * address; an old address (a redirect) is never listed.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  if (isBuildPhase()) return [] // the build reads no content; thrown away at start-up
  const base = siteUrl()
  const viewer = { payload: await getPayload(), user: null, draft: false }
  const [blocks, methods, trainings, vacancies, regions, pilots, pages] = await Promise.all([
    listDocuments(viewer, 'building-blocks'),
    listDocuments(viewer, 'working-methods'),
    listDocuments(viewer, 'trainings'),
    listDocuments(viewer, 'vacancies', { where: openVacancyWhere() }),
    listDocuments(viewer, 'regions'),
    listDocuments(viewer, 'pilots'),
    listDocuments(viewer, 'pages'),
  ])
  const entries = (collection: keyof typeof COLLECTION_PATHS, docs: { slug?: string | null; updatedAt: string }[]) =>
    docs
      .filter((doc) => doc.slug)
      .map((doc) => ({ url: `${base}${COLLECTION_PATHS[collection]}/${doc.slug}`, lastModified: new Date(doc.updatedAt) }))
  return [
    ...STATIC_PATHS.map((path) => ({ url: `${base}${path}` })),
    ...entries('building-blocks', blocks),
    ...entries('working-methods', methods),
    ...entries('trainings', trainings),
    ...entries('vacancies', vacancies),
    ...entries('regions', regions),
    ...entries('pilots', pilots),
    ...entries('pages', pages),
  ]
}
