import type { Document } from '../../payload-types'
import { compareVersions } from './compare-versions'

export type DocumentVersion = Pick<
  Document,
  | 'id'
  | 'title'
  | 'slug'
  | 'version'
  | 'documentStatus'
  | 'adoptedOn'
  | 'adoptedBy'
  | 'changeNote'
  | 'summary'
  | 'isExample'
  | 'url'
  | 'filename'
  | 'filesize'
  | 'mimeType'
>

export type DocumentSeries = {
  slug: string
  /** The version to use: the newest adopted one; else the newest concept; else the newest. */
  current: DocumentVersion
  /** The other versions, newest first; the site marks them as older or retired. */
  older: DocumentVersion[]
}

/** Groups the versions of each document by series; series ordered by title. */
export function groupDocumentVersions(docs: DocumentVersion[]): DocumentSeries[] {
  const bySlug = new Map<string, DocumentVersion[]>()
  for (const doc of docs) {
    if (!doc.slug) continue
    bySlug.set(doc.slug, [...(bySlug.get(doc.slug) ?? []), doc])
  }
  const series: DocumentSeries[] = []
  for (const [slug, versions] of bySlug) {
    const sorted = [...versions].sort((a, b) => compareVersions(b.version, a.version))
    const current =
      sorted.find((doc) => doc.documentStatus === 'vastgesteld') ??
      sorted.find((doc) => doc.documentStatus === 'concept') ??
      sorted[0]
    series.push({ slug, current, older: sorted.filter((doc) => doc !== current) })
  }
  return series.sort((a, b) => a.current.title.localeCompare(b.current.title, 'nl'))
}

/** How an older version is marked next to the current one. */
export function versionMark(doc: DocumentVersion, current: DocumentVersion): string {
  if (doc.documentStatus === 'vervallen') return 'Vervallen'
  if (doc.documentStatus === 'concept') return 'Concept'
  return compareVersions(doc.version, current.version) < 0 ? 'Oudere versie' : 'Nieuwere versie'
}
