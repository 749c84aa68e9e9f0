import type { CollectionSlug, DataFromCollectionSlug, Where } from 'payload'

import type { Viewer } from './viewer'

type ListOptions = { depth?: number; sort?: string; where?: Where; limit?: number }

/**
 * Every public read goes through here: access control applies (overrideAccess: false) with the
 * viewer's user, so visitors get published documents only and editors in draft mode their drafts.
 */
export async function listDocuments<S extends CollectionSlug>(
  viewer: Viewer,
  collection: S,
  { depth = 0, sort, where, limit = 1000 }: ListOptions = {},
): Promise<DataFromCollectionSlug<S>[]> {
  const result = await viewer.payload.find({
    collection,
    overrideAccess: false,
    user: viewer.user,
    draft: viewer.draft,
    depth,
    sort,
    where,
    limit,
    pagination: false,
  })
  return result.docs as DataFromCollectionSlug<S>[]
}

/** One document by slug, or null (the page then answers 404). */
export async function findBySlug<S extends CollectionSlug>(
  viewer: Viewer,
  collection: S,
  slug: string,
  depth = 1,
): Promise<DataFromCollectionSlug<S> | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null
  const result = await viewer.payload.find({
    collection,
    overrideAccess: false,
    user: viewer.user,
    draft: viewer.draft,
    depth,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return (result.docs[0] as DataFromCollectionSlug<S> | undefined) ?? null
}

/** Lookup of the published regions and building blocks that facets and cards name. */
export async function loadTaxonomies(viewer: Viewer) {
  const [regions, buildingBlocks, organisations] = await Promise.all([
    listDocuments(viewer, 'regions', { sort: 'title' }),
    listDocuments(viewer, 'building-blocks', { sort: 'number' }),
    listDocuments(viewer, 'organisations', { sort: 'title' }),
  ])
  const byId = <T extends { id: number | string }>(docs: T[]) => new Map(docs.map((doc) => [String(doc.id), doc]))
  return {
    regions,
    buildingBlocks,
    organisations,
    regionById: byId(regions),
    buildingBlockById: byId(buildingBlocks),
    organisationById: byId(organisations),
  }
}

export type Taxonomies = Awaited<ReturnType<typeof loadTaxonomies>>
