import type { Metadata } from 'next'

import { PageHeader } from '@/components/content/PageHeader'
import { ResultItem } from '@/components/content/ResultItem'
import { listDocuments } from '@/lib/content'
import { phaseLabel } from '@/lib/labels'
import { pageMetadata } from '@/lib/seo'
import { getViewer } from '@/lib/viewer'
import { paths } from '@/lib/urls'

/** From the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

export const metadata: Metadata = pageMetadata({
  title: 'De acht bouwstenen',
  description: 'De acht bouwstenen van de Gelderse Verbeteragenda Jeugdbescherming: doel, stand van zaken en werkwijzen.',
  path: '/bouwstenen',
})

export default async function BuildingBlocksPage() {
  const viewer = await getViewer()
  const blocks = await listDocuments(viewer, 'building-blocks', { sort: 'number' })
  return (
    <>
      <PageHeader
        crumb="Bouwstenen"
        title="De acht bouwstenen"
        summary="Samen vormen de acht bouwstenen het huis waarin de Gelderse partners kinderen beschermen. Per bouwsteen ziet u het doel, de stand van zaken en de werkwijzen die erbij horen."
      />
      <p className="utrecht-paragraph">
        De bouwstenen vormen lijn 2 van de Verbeteragenda, naast lijn 1 over het contract met de gecertificeerde instellingen.
        Over beide lijnen en de tijdlijn:{' '}
        <a className="utrecht-link" href="/paginas/verbeteragenda">
          De Verbeteragenda: contracteren en samenwerken
        </a>
        .
      </p>
      {blocks.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn nog geen bouwstenen gepubliceerd.</p>
      ) : (
        <ol className="card-grid">
          {blocks.map((block) => (
            <ResultItem
              key={block.id}
              className="card"
              href={paths.buildingBlock(block.slug)}
              title={
                <>
                  {block.number}. {block.title}
                </>
              }
            >
              <p className="card__meta">Status: {phaseLabel(block.phase)}</p>
              {block.summary ? <p className="utrecht-paragraph">{block.summary}</p> : null}
            </ResultItem>
          ))}
        </ol>
      )}
    </>
  )
}
