import type { CollectionSlug } from 'payload'

/** Public path of each content type: the one mapping pages, links, sitemap and search share. */
export const COLLECTION_PATHS: Partial<Record<CollectionSlug, string>> = {
  'building-blocks': '/bouwstenen',
  'working-methods': '/werkwijzen',
  trainings: '/scholing',
  vacancies: '/vacatures',
  regions: '/regios',
  pilots: '/toekomsttuinen',
  pages: '/paginas',
  documents: '/documenten',
}

type Linkable = { slug?: string | null; region?: unknown } & Record<string, unknown>

/** URL of a document on the public site, or null when the type has no page of its own. */
export function documentPath(collection: string, doc: Linkable): string | null {
  if (!doc?.slug) return null
  if (collection === 'glossary-terms') return `/begrippen#${doc.slug}`
  if (collection === 'local-agreements') {
    const region = doc.region as { slug?: string } | null
    return region && typeof region === 'object' && region.slug ? `/regios/${region.slug}#${doc.slug}` : '/regios'
  }
  if (collection === 'organisations') return `/regios#organisaties`
  const base = COLLECTION_PATHS[collection as CollectionSlug]
  return base ? `${base}/${doc.slug}` : null
}
