import { LinkList } from '@/components/content/LinkList'
import { DocumentHeader } from '@/components/content/PageHeader'
import { ReviewInfo } from '@/components/content/ReviewInfo'
import { Section } from '@/components/content/Section'
import { TextSection } from '@/components/content/TextSection'
import { SourcesList } from '@/components/content/SourcesList'
import { RichText } from '@/components/rich-text/RichText'
import { findGlobalDoc, listDocuments } from '@/lib/content'
import { idsOf } from '@/lib/finder'
import { buildGlossaryMatcher, loadGlossary } from '@/lib/glossary'
import { audienceLabel } from '@/lib/labels'
import { detailMetadata, loadDetail, noParamsAtBuild } from '@/lib/detailPage'
import { regionInText } from '@/regions/region-in-text'
import { DocumentList } from '@/components/content/DocumentList'
import { findDocumentSeriesFor } from '@/documents/find-documents'
import { PrintButton } from '@/components/content/PrintButton'
import { WorkCardView } from '@/components/content/WorkCardView'
import { toWorkCard } from '@/working-methods/work-card'

import type { BuildingBlock, Media, Region } from '../../../../payload-types'
import { paths, workCardPdfPath } from '@/lib/urls'
import { FeedbackForm } from '@/components/feedback/FeedbackForm'

/** Rendered on the first request, then from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30
export const generateStaticParams = noParamsAtBuild

type Args = { params: Promise<{ slug: string }> }

export const generateMetadata = detailMetadata('working-methods', (method) => ({ title: method.title, description: method.summary }))

export default async function WorkingMethodPage({ params }: Args) {
  const { viewer, doc: method, slug } = await loadDetail('working-methods', { params })
  const blockIds = idsOf(method.buildingBlocks)
  const [glossary, related, documents, site] = await Promise.all([
    loadGlossary(viewer.payload),
    blockIds.length
      ? listDocuments(viewer, 'working-methods', {
          where: { and: [{ buildingBlocks: { in: blockIds } }, { id: { not_equals: method.id } }] },
          sort: 'title',
          limit: 6,
        })
      : Promise.resolve([]),
    findDocumentSeriesFor(viewer, { workingMethod: method.id }),
    findGlobalDoc(viewer, 'site', 0),
  ])
  const card = toWorkCard(method, site)
  const blocks = (method.buildingBlocks ?? []).filter((b): b is BuildingBlock => typeof b === 'object')
  const region = typeof method.region === 'object' ? (method.region as Region | null) : null
  const workCards = (method.workCards ?? []).filter((m): m is Media => typeof m === 'object' && Boolean(m?.url))

  return (
    <article className="working-method">
      <DocumentHeader
        doc={method}
        parent={{ label: 'Werkwijzen', href: '/werkwijzen' }}
        kicker={method.scope === 'regio' && region ? `Werkwijze in ${regionInText(region.title)}` : 'Werkwijze voor heel Gelderland'}
      />
      <div className="work-card-actions no-print" role="group" aria-label="Werkkaart">
        <a className="utrecht-link" href="#stappen">Naar de stappen</a>
        <PrintButton />
        <a className="utrecht-link" href={workCardPdfPath(method.slug ?? slug)} download>
          Werkkaart als PDF (A4)
        </a>
      </div>
      {method.audiences?.length ? (
        <p className="utrecht-paragraph">
          <strong>Voor wie:</strong> {method.audiences.map(audienceLabel).join(', ')}
        </p>
      ) : null}
      {method.steps?.length ? (
        <Section id="stappen" title="Stappen" focusableHeading>
          <ol className="steps">
            {method.steps.map((step, index) => (
              <li key={step.id ?? index} className="steps__step">
                <p className="steps__title">{step.title}</p>
                <p className="steps__meta">
                  Wie: {step.who}
                  {step.timeframe ? ` · Termijn: ${step.timeframe}` : ''}
                </p>
                {step.action ? <p className="utrecht-paragraph">{step.action}</p> : null}
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
      <RichText data={method.body} glossary={buildGlossaryMatcher(glossary)} />
      <TextSection id="ouders" title="Informatie voor ouders" className="callout callout--info" text={method.parentInfo} />
      <TextSection id="onderbouwing" title="Onderbouwing" text={method.basis} />
      <LinkList
        id="werkkaarten"
        title="Werkkaarten"
        items={workCards.map((card) => ({ href: card.url as string, label: card.alt, meta: card.mimeType ?? undefined }))}
      />
      <LinkList
        id="bouwstenen"
        title="Hoort bij de bouwstenen"
        items={blocks.map((block) => ({ href: paths.buildingBlock(block.slug), label: `${block.number}. ${block.title}` }))}
      />
      <LinkList
        id="verwant"
        title="Verwante werkwijzen"
        items={related.map((item) => ({ href: paths.workingMethod(item.slug), label: item.title }))}
      />
      <DocumentList series={documents} />
      <SourcesList sources={method.sources} />
      <ReviewInfo lastReviewedAt={method.lastReviewedAt} nextReviewDue={method.nextReviewDue} changeNotes={method.changeNotes} />
      <WorkCardView card={card} />
      <FeedbackForm target="working-methods" slug={method.slug} />
    </article>
  )
}
