import type {
  CollectionSlug,
  DataFromCollectionSlug,
  DataFromGlobalSlug,
  GlobalSlug,
  SelectType,
  TypedCollectionSelect,
  Where,
} from 'payload'

import { cachedForVisitors, readTags } from './cache'
import type { Viewer } from './viewer'

/** Anonymous, published-only reads are the same for everyone and can be cached. */
const isVisitor = (viewer: Viewer) => !viewer.user && !viewer.draft

/** What every read as the viewer passes: access control on, with the viewer's user and draft mode. */
export const asViewer = (viewer: Viewer) => ({ overrideAccess: false, user: viewer.user, draft: viewer.draft }) as const

/** A visitor's read comes from the cache (dropped on every change); an editor in preview reads afresh. */
export function readAsViewer<T>(viewer: Viewer, cacheKey: unknown[], read: () => Promise<T>, tags: string[] = []): Promise<T> {
  return isVisitor(viewer) ? cachedForVisitors(cacheKey, read, tags) : read()
}

type ListOptions = { depth?: number; sort?: string; where?: Where; limit?: number }

/**
 * Every public read goes through here: access control applies (overrideAccess: false) with the
 * viewer's user, so visitors get published documents only and editors in draft mode their drafts.
 */
export async function listDocuments<S extends CollectionSlug>(
  viewer: Viewer,
  collection: S,
  options: ListOptions = {},
): Promise<DataFromCollectionSlug<S>[]> {
  return readList(viewer, collection, options)
}

/**
 * Like `listDocuments`, with only the fields named (and the id). An editor's preview reads afresh
 * on every request, and whole documents (rich text, populated relations) cost it several times
 * what a page shows of them (the region page, measured under `npm run bench`).
 */
export async function listFields<S extends CollectionSlug, K extends keyof DataFromCollectionSlug<S> & string>(
  viewer: Viewer,
  collection: S,
  fields: readonly K[],
  options: ListOptions = {},
): Promise<Pick<DataFromCollectionSlug<S>, K | 'id'>[]> {
  return readList(viewer, collection, options, Object.fromEntries(fields.map((field) => [field, true])))
}

async function readList<S extends CollectionSlug>(
  viewer: Viewer,
  collection: S,
  { depth = 0, sort, where, limit = 1000 }: ListOptions,
  select?: SelectType,
): Promise<DataFromCollectionSlug<S>[]> {
  const read = async () => {
    const result = await viewer.payload.find<S, TypedCollectionSelect[S], boolean>({
      collection,
      ...asViewer(viewer),
      depth,
      sort,
      where,
      limit,
      pagination: false,
      // Field names of S (listFields checks them against the generated type), as Payload's select.
      select: select as TypedCollectionSelect[S] | undefined,
    })
    return result.docs as DataFromCollectionSlug<S>[]
  }
  return readAsViewer(viewer, ['list', collection, depth, sort, where, limit, select], read, readTags(collection))
}

/** One document by slug, or null (the page then answers 404). */
export async function findBySlug<S extends CollectionSlug>(
  viewer: Viewer,
  collection: S,
  slug: string,
  depth = 1,
): Promise<DataFromCollectionSlug<S> | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null
  const read = async () => {
    const result = await viewer.payload.find({
      collection,
      ...asViewer(viewer),
      depth,
      limit: 1,
      where: { slug: { equals: slug } },
    })
    return (result.docs[0] as DataFromCollectionSlug<S> | undefined) ?? null
  }
  return readAsViewer(viewer, ['slug', collection, slug, depth], read, readTags(collection))
}

/** A global as the viewer may see it (published for visitors, the draft for an editor in preview). */
export async function findGlobalDoc<S extends GlobalSlug>(
  viewer: Viewer,
  slug: S,
  depth = 1,
): Promise<DataFromGlobalSlug<S>> {
  const read = () =>
    viewer.payload.findGlobal({
      slug,
      ...asViewer(viewer),
      depth,
    }) as Promise<DataFromGlobalSlug<S>>
  return readAsViewer(viewer, ['global', slug, depth], read)
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
