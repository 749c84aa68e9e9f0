import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { OlderVersions } from '@/components/content/DocumentList'
import { Fact } from '@/components/content/Fact'
import { DocumentHeader } from '@/components/content/PageHeader'
import { findDocumentSeriesBySlug } from '@/documents/find-documents'
import { formatDate } from '@/lib/dates'
import { noParamsAtBuild } from '@/lib/detailPage'
import { pageMetadata } from '@/lib/seo'
import { getViewer } from '@/lib/viewer'
import { paths } from '@/lib/urls'

/** Rendered on the first request, then from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30
export const generateStaticParams = noParamsAtBuild

type Args = { params: Promise<{ slug: string }> }

const STATUS_LABEL: Record<string, string> = { concept: 'Concept', vastgesteld: 'Vastgesteld', vervallen: 'Vervallen' }

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const { slug } = await params
  const series = await findDocumentSeriesBySlug(await getViewer(), slug)
  if (!series) return { title: 'Niet gevonden' }
  return pageMetadata({ title: series.current.title, description: series.current.summary, path: paths.document(slug) })
}

export default async function DocumentPage({ params }: Args) {
  const { slug } = await params
  const series = await findDocumentSeriesBySlug(await getViewer(), slug)
  if (!series) notFound()
  const doc = series.current
  return (
    <article>
      <DocumentHeader doc={doc} parent={{ label: 'Documenten', href: '/documenten' }} kicker="Document" />
      {doc.documentStatus === 'vervallen' ? (
        <div className="utrecht-alert utrecht-alert--warning" role="note">
          <p className="utrecht-paragraph">
            <strong>Vervallen.</strong> Dit document geldt niet meer.
          </p>
        </div>
      ) : null}
      <dl className="definition-list">
        <dt>Versie</dt>
        <dd>{doc.version}</dd>
        <dt>Status</dt>
        <dd>{STATUS_LABEL[doc.documentStatus] ?? doc.documentStatus}</dd>
        <Fact term="Vastgesteld op" value={doc.adoptedOn ? formatDate(doc.adoptedOn) : null} />
        <Fact term="Vastgesteld door" value={doc.adoptedBy} />
        <Fact term="Wijziging in deze versie" value={doc.changeNote} />
      </dl>
      {doc.url ? (
        <p className="utrecht-paragraph">
          <a
            className="utrecht-button utrecht-button--primary-action"
            href={doc.url}
            download={doc.filename ?? undefined}
          >
            Download versie {doc.version}
            <span className="visually-hidden"> van {doc.title}</span>
          </a>
        </p>
      ) : null}
      <OlderVersions series={series} />
    </article>
  )
}
