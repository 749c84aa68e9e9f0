import { type DocumentSeries, type DocumentVersion, versionMark } from '@/documents/group-versions'
import { formatDate } from '@/lib/dates'
import { paths } from '@/lib/urls'

import { Section } from './Section'

const STATUS_LABEL: Record<string, string> = { concept: 'Concept', vastgesteld: 'Vastgesteld', vervallen: 'Vervallen' }

const typeLabel = (mime?: string | null) => (mime === 'application/pdf' ? 'PDF' : mime ? 'Word' : 'Bestand')

function size(bytes?: number | null): string {
  if (!bytes) return ''
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
}

function facts(doc: DocumentVersion): string {
  const adopted = doc.documentStatus === 'vastgesteld' && doc.adoptedOn ? ` op ${formatDate(doc.adoptedOn)}` : ''
  return `Versie ${doc.version} · ${STATUS_LABEL[doc.documentStatus] ?? doc.documentStatus}${adopted}`
}

function Download({ doc, label }: { doc: DocumentVersion; label: string }) {
  if (!doc.url) return null
  return (
    <a className="utrecht-link" href={doc.url} download={doc.filename ?? undefined}>
      {label}
      <span className="visually-hidden">
        {' '}
        {doc.title}, versie {doc.version}
      </span>{' '}
      ({[typeLabel(doc.mimeType), size(doc.filesize)].filter(Boolean).join(', ')})
    </a>
  )
}

/** Older versions of one document: reachable, and marked so nobody takes one for the current. */
export function OlderVersions({ series }: { series: DocumentSeries }) {
  if (series.older.length === 0) return null
  return (
    <details className="document-versions">
      <summary>Eerdere versies ({series.older.length})</summary>
      <ul className="utrecht-unordered-list">
        {series.older.map((doc) => (
          <li key={doc.id}>
            <strong>{versionMark(doc, series.current)}:</strong> {facts(doc)}
            {doc.changeNote ? <> — {doc.changeNote}</> : null} <Download doc={doc} label="Download" />
          </li>
        ))}
      </ul>
    </details>
  )
}

/** Documents with their current version and date; used on building blocks, working methods and /documenten. */
export function DocumentList({
  series,
  title = 'Documenten',
  id = 'documenten',
}: {
  series: DocumentSeries[]
  title?: string
  id?: string
}) {
  if (series.length === 0) return null
  return (
    <Section id={id} title={title}>
      <ul className="card-grid">
        {series.map((item) => (
          <li key={item.slug} className="card">
            <h3 className="utrecht-heading-3">
              <a className="utrecht-link" href={paths.document(item.slug)}>
                {item.current.title}
              </a>
            </h3>
            <p className="card__meta">
              {item.current.isExample ? <span className="badge badge--example">Voorbeeld</span> : null}
              {facts(item.current)}
            </p>
            {item.current.documentStatus === 'vervallen' ? (
              <p className="utrecht-paragraph">Dit document is vervallen en geldt niet meer.</p>
            ) : null}
            <p className="utrecht-paragraph">
              <Download doc={item.current} label="Download" />
            </p>
            <OlderVersions series={item} />
          </li>
        ))}
      </ul>
    </Section>
  )
}
