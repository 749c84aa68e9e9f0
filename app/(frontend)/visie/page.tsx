import type { Metadata } from 'next'

import { PageHeader } from '@/components/content/PageHeader'
import { Section } from '@/components/content/Section'
import { TextSection } from '@/components/content/TextSection'
import { TextFooter } from '@/components/content/TextFooter'
import { RichText } from '@/components/rich-text/RichText'
import { formatDate } from '@/lib/dates'
import { buildGlossaryMatcher, loadGlossary } from '@/lib/glossary'
import { pageMetadata } from '@/lib/seo'
import { findGlobalDoc } from '@/lib/content'
import { getViewer } from '@/lib/viewer'

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
      <PageHeader crumb="Visie" title={title} summary={vision.summary} isExample={vision.isExample} />
      <TextSection id="doel" title="Ons gezamenlijke doel" className="callout callout--info" text={vision.aim} />
      {vision.coreValues?.length ? (
        <Section id="kernwaarden" title="Kernwaarden">
          <ol className="card-grid">
            {vision.coreValues.map((value, index) => (
              <li key={value.id ?? index} className="card">
                <h3 className="utrecht-heading-3">{value.title}</h3>
                {value.description ? <p className="utrecht-paragraph">{value.description}</p> : null}
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
      <RichText data={vision.body} glossary={buildGlossaryMatcher(glossary)} />
      {vision.adoptedBy?.length || vision.adoptedOn ? (
        <p className="utrecht-paragraph">
          Vastgesteld{vision.adoptedBy?.length ? ` door ${vision.adoptedBy.join(', ')}` : ''}
          {vision.adoptedOn ? ` op ${formatDate(vision.adoptedOn)}` : ''}.
        </p>
      ) : null}
      <TextFooter doc={vision} feedback={{ target: 'vision' }} />
    </article>
  )
}
