import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import type { CollectionSlug, DataFromCollectionSlug } from 'payload'

import { findRedirect } from '../redirects/findRedirect'
import { findBySlug } from './content'
import { pageMetadata } from './seo'
import { collectionPath } from './urls'
import { getViewer, type Viewer } from './viewer'

type SlugParams = { params: Promise<{ slug: string }> }

/**
 * Detail pages are rendered on their first request and then served from the full-route cache;
 * none is prerendered at build time (the build reads no content). Used as `generateStaticParams`.
 */
export async function noParamsAtBuild(): Promise<{ slug: string }[]> {
  return []
}

/**
 * `generateMetadata` of a detail page: title and description of the document the visitor may
 * see (published only, or the editor's draft in preview), "Niet gevonden" when there is none.
 */
export function detailMetadata<S extends CollectionSlug>(
  collection: S,
  describe: (
    doc: DataFromCollectionSlug<S>,
    slug: string,
  ) => { title: string; description?: string | null; feed?: { url: string; title: string } },
) {
  return async ({ params }: SlugParams): Promise<Metadata> => {
    const { slug } = await params
    const doc = await findBySlug(await getViewer(), collection, slug, 0)
    if (!doc) return { title: 'Niet gevonden' }
    return pageMetadata({ ...describe(doc, slug), path: `${collectionPath(collection)}/${slug}` })
  }
}

/** The document of a detail page, as the viewer may see it; a 404 when there is none. */
export async function loadDetail<S extends CollectionSlug>(
  collection: S,
  { params }: SlugParams,
  depth = 1,
): Promise<{ viewer: Viewer; doc: DataFromCollectionSlug<S>; slug: string }> {
  const { slug } = await params
  const viewer = await getViewer()
  const doc = await findBySlug(viewer, collection, slug, depth)
  if (!doc) return notFoundOrMoved(viewer, `${collectionPath(collection)}/${slug}`)
  return { viewer, doc, slug }
}

/**
 * A page that is not there: a permanent redirect (308) when the address moved (a changed slug, or
 * a redirect an editor made), else the 404. Only this path asks for redirects, so pages that exist
 * cost nothing extra.
 */
export async function notFoundOrMoved(viewer: Viewer, path: string): Promise<never> {
  const target = await findRedirect(viewer.payload, path)
  if (target) permanentRedirect(target)
  notFound()
}
