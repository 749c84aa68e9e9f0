import type { Metadata } from 'next'

import { PageTitle } from '@/components/content/PageTitle'
import { ReviewInfo } from '@/components/content/ReviewInfo'
import { SourcesList } from '@/components/content/SourcesList'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { RichText } from '@/components/rich-text/RichText'
import { formatDate } from '@/lib/dates'
import { buildGlossaryMatcher, loadGlossary } from '@/lib/glossary'
import { pageMetadata } from '@/lib/seo'
import { findGlobalDoc } from '@/lib/content'
import { getViewer } from '@/lib/viewer'
import { FeedbackForm } from '@/components/feedback/FeedbackForm'

/** From the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

export const metadata: Metadata = pageMetadata({
  title: 'Visie en kernwaarden',
  description: 'De gedeelde visie en kernwaarden van de partners in de Gelderse jeugdbescherming.',
  path: '/visie',
})

export default async function VisionPage() {
  const viewer = await getViewer()
  const [vision, glossary] = await Promise.all([
    findGlobalDoc(viewer, 'vision'),
    loadGlossary(viewer.payload),
  ])
  const title = vision.title || 'Visie en kernwaarden'
  return (
    <article>
      <Breadcrumbs items={[{ label: 'Visie' }]} />
      <PageTitle title={title} summary={vision.summary} isExample={vision.isExample} />
      {vision.aim ? (
        <section aria-labelledby="doel" className="callout callout--info">
          <h2 id="doel" className="utrecht-heading-2">
            Ons gezamenlijke doel
          </h2>
          <p className="utrecht-paragraph">{vision.aim}</p>
        </section>
      ) : null}
      {vision.coreValues?.length ? (
        <section aria-labelledby="kernwaarden">
          <h2 id="kernwaarden" className="utrecht-heading-2">
            Kernwaarden
          </h2>
          <ol className="card-grid">
            {vision.coreValues.map((value, index) => (
              <li key={value.id ?? index} className="card">
                <h3 className="utrecht-heading-3">{value.title}</h3>
                {value.description ? <p className="utrecht-paragraph">{value.description}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <RichText data={vision.body} glossary={buildGlossaryMatcher(glossary)} />
      {vision.adoptedBy?.length || vision.adoptedOn ? (
        <p className="utrecht-paragraph">
          Vastgesteld{vision.adoptedBy?.length ? ` door ${vision.adoptedBy.join(', ')}` : ''}
          {vision.adoptedOn ? ` op ${formatDate(vision.adoptedOn)}` : ''}.
        </p>
      ) : null}
      <SourcesList sources={vision.sources} />
      <ReviewInfo lastReviewedAt={vision.lastReviewedAt} nextReviewDue={vision.nextReviewDue} changeNotes={vision.changeNotes} />
      <FeedbackForm target="vision" />
    </article>
  )
}
