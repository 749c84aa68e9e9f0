import { DataTable } from '@/components/content/DataTable'
import { Fact } from '@/components/content/Fact'
import { Section } from '@/components/content/Section'
import { TextSection } from '@/components/content/TextSection'

import { LinkList } from '@/components/content/LinkList'
import { DocumentHeader } from '@/components/content/PageHeader'
import { TextFooter } from '@/components/content/TextFooter'
import { RichText } from '@/components/rich-text/RichText'
import { listDocuments } from '@/lib/content'
import { buildGlossaryMatcher, loadGlossary } from '@/lib/glossary'
import { phaseLabel } from '@/lib/labels'
import { detailMetadata, loadDetail, noParamsAtBuild } from '@/lib/detailPage'
import { DocumentList } from '@/components/content/DocumentList'
import { findDocumentSeriesFor } from '@/documents/find-documents'

import type { Region } from '../../../../payload-types'
import { paths } from '@/lib/urls'

/** Rendered on the first request, then from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30
export const generateStaticParams = noParamsAtBuild

type Args = { params: Promise<{ slug: string }> }

export const generateMetadata = detailMetadata('building-blocks', (block) => ({ title: `Bouwsteen ${block.number}: ${block.title}`, description: block.summary }))

export default async function BuildingBlockPage({ params }: Args) {
  const { viewer, doc: block, slug } = await loadDetail('building-blocks', { params })
  const [methods, agreements, glossary, documents] = await Promise.all([
    listDocuments(viewer, 'working-methods', { where: { buildingBlocks: { in: [block.id] } }, sort: 'title' }),
    listDocuments(viewer, 'local-agreements', {
      where: { buildingBlocks: { in: [block.id] } },
      sort: 'title',
      depth: 1,
    }),
    loadGlossary(viewer.payload),
    findDocumentSeriesFor(viewer, { buildingBlock: block.id }),
  ])
  const progress = (block.progress ?? []).filter((row) => typeof row.region === 'object' && row.region)

  return (
    <article>
      <DocumentHeader
        doc={block}
        parent={{ label: 'Bouwstenen', href: '/bouwstenen' }}
        crumb={`${block.number}. ${block.title}`}
        kicker={`Bouwsteen ${block.number} van 8`}
      />
      <dl className="definition-list">
        <dt>Doel</dt>
        <dd>{block.aim}</dd>
        <dt>Status</dt>
        <dd>{phaseLabel(block.phase)}</dd>
        <Fact term="Eigenaar" value={block.owner} />
      </dl>
      <RichText data={block.body} glossary={buildGlossaryMatcher(glossary)} />
      <TextSection id="open-vragen" title="Open vragen" text={block.openQuestions} />
      {progress.length > 0 ? (
        <Section id="voortgang" title="Voortgang per regio">
          <DataTable
            label="Voortgang per regio"
            caption={<>Voortgang van bouwsteen {block.number} per regio</>}
            columns={['Regio', 'Status', 'Toelichting']}
          >
            {progress.map((row, index) => {
              const region = row.region as Region
              return (
                <tr key={row.id ?? index}>
                  <th scope="row">
                    <a className="utrecht-link" href={paths.region(region.slug)}>
                      {region.title}
                    </a>
                  </th>
                  <td>{phaseLabel(row.status)}</td>
                  <td>{row.note}</td>
                </tr>
              )
            })}
          </DataTable>
        </Section>
      ) : null}
      <LinkList
        id="werkwijzen"
        title="Werkwijzen bij deze bouwsteen"
        items={methods.map((method) => ({ href: paths.workingMethod(method.slug), label: method.title }))}
      />
      <LinkList
        id="afspraken"
        title="Lokale afspraken bij deze bouwsteen"
        items={agreements.map((agreement) => {
          const region = typeof agreement.region === 'object' ? agreement.region : null
          return {
            href: region ? paths.regionAgreement(region.slug, agreement.slug) : '/regios',
            label: agreement.title,
            meta: region?.title,
          }
        })}
      />
      <DocumentList series={documents} />
      <TextFooter doc={block} feedback={{ target: 'building-blocks', slug: block.slug }} />
    </article>
  )
}
