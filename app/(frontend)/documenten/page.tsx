import type { Metadata } from 'next'

import { DocumentList } from '@/components/content/DocumentList'
import { PageHeader } from '@/components/content/PageHeader'
import { findDocumentSeries } from '@/documents/find-documents'
import { pageMetadata } from '@/lib/seo'
import { getViewer } from '@/lib/viewer'

/** From the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

export const metadata: Metadata = pageMetadata({
  title: 'Documenten',
  description: 'Vastgestelde stukken van de Gelderse partners als download, met versie en datum van vaststelling.',
  path: '/documenten',
})

export default async function DocumentsPage() {
  const series = await findDocumentSeries(await getViewer())
  return (
    <>
      <PageHeader
        title="Documenten"
        summary="De stukken achter de afspraken als download: per document de geldende versie met de datum van vaststelling. Eerdere versies blijven te vinden, met een markering."
      />
      {series.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn nog geen documenten gepubliceerd.</p>
      ) : (
        <DocumentList series={series} title="Alle documenten" id="alle-documenten" />
      )}
    </>
  )
}
