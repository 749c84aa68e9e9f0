import type { Metadata } from 'next'

import { PageTitle } from '@/components/content/PageTitle'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { listDocuments } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { getViewer } from '@/lib/viewer'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Monitor',
  description: 'De zeven indicatoren van de gezamenlijke monitor jeugdbescherming Gelderland.',
  path: '/monitor',
})

/** The indicators; charts per region follow with the monitor work. */
export default async function MonitorPage() {
  const viewer = await getViewer()
  const indicators = await listDocuments(viewer, 'indicators', { sort: 'number' })
  return (
    <>
      <Breadcrumbs items={[{ label: 'Monitor' }]} />
      <PageTitle
        title="Monitor"
        summary="De gezamenlijke monitor volgt zeven indicatoren per regio per kwartaal. De grafieken per regio volgen; de meest recente cijfers staan al op elke regiopagina."
      />
      <ol className="card-grid">
        {indicators.map((indicator) => (
          <li key={indicator.id} className="card">
            <h2 className="utrecht-heading-3">
              {indicator.number}. {indicator.title}
            </h2>
            <p className="utrecht-paragraph">{indicator.definition}</p>
          </li>
        ))}
      </ol>
    </>
  )
}
