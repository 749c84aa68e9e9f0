import type { Where } from 'payload'

import { asViewer, readAsViewer } from '../lib/content'
import type { Viewer } from '../lib/viewer'
import { type DocumentSeries, groupDocumentVersions } from './group-versions'

const SELECT = {
  title: true,
  slug: true,
  version: true,
  documentStatus: true,
  adoptedOn: true,
  adoptedBy: true,
  changeNote: true,
  summary: true,
  isExample: true,
  url: true,
  filename: true,
  filesize: true,
  mimeType: true,
} as const

/**
 * The documents a visitor may see (published only; an editor in preview also sees drafts),
 * grouped per document with the current version first. The extracted PDF text is left out: pages
 * list documents, they do not show their text.
 */
export async function findDocumentSeries(viewer: Viewer, where?: Where): Promise<DocumentSeries[]> {
  const read = async () => {
    const result = await viewer.payload.find({
      collection: 'documents',
      ...asViewer(viewer),
      depth: 0,
      where,
      select: SELECT,
      limit: 500,
      pagination: false,
    })
    return groupDocumentVersions(result.docs)
  }
  return readAsViewer(viewer, ['document-series', where], read)
}

/** All versions of one document; versions linked elsewhere come along (the series is the unit). */
export async function findDocumentSeriesBySlug(viewer: Viewer, slug: string): Promise<DocumentSeries | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null
  const [series] = await findDocumentSeries(viewer, { slug: { equals: slug } })
  return series ?? null
}

/**
 * The documents that belong to a building block or a working method: every series with at least
 * one version linked to it, with all its versions (an older version may predate the link).
 */
export async function findDocumentSeriesFor(
  viewer: Viewer,
  link: { buildingBlock?: number | string; workingMethod?: number | string },
): Promise<DocumentSeries[]> {
  const where: Where =
    link.buildingBlock !== undefined
      ? { buildingBlocks: { in: [link.buildingBlock] } }
      : { workingMethods: { in: [link.workingMethod] } }
  const linked = await findDocumentSeries(viewer, where)
  if (linked.length === 0) return []
  return findDocumentSeries(viewer, { slug: { in: linked.map((series) => series.slug) } })
}
