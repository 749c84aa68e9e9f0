import { DataTable } from '@/components/content/DataTable'
import { Fact } from '@/components/content/Fact'
import { Section } from '@/components/content/Section'
import { TextSection } from '@/components/content/TextSection'

import { LinkList } from '@/components/content/LinkList'
import { DocumentHeader } from '@/components/content/PageHeader'
import { TextFooter } from '@/components/content/TextFooter'
import { RichText } from '@/components/rich-text/RichText'
import { formatDate } from '@/lib/dates'
import { buildGlossaryMatcher, loadGlossary } from '@/lib/glossary'
import { pilotStatusLabel } from '@/lib/labels'
import { detailMetadata, loadDetail, noParamsAtBuild } from '@/lib/detailPage'
import { regionInText } from '@/regions/region-in-text'

import type { BuildingBlock, Organisation, Region } from '../../../../payload-types'
import { paths } from '@/lib/urls'

/** Rendered on the first request, then from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30
export const generateStaticParams = noParamsAtBuild

type Args = { params: Promise<{ slug: string }> }

export const generateMetadata = detailMetadata('pilots', (pilot) => ({ title: pilot.title, description: pilot.summary }))

export default async function PilotPage({ params }: Args) {
  const { viewer, doc: pilot, slug } = await loadDetail('pilots', { params })
  const glossary = buildGlossaryMatcher(await loadGlossary(viewer.payload))
  const region = typeof pilot.region === 'object' ? (pilot.region as Region) : null
  const partners = (pilot.partners ?? []).filter((p): p is Organisation => typeof p === 'object')
  const blocks = (pilot.buildingBlocks ?? []).filter((b): b is BuildingBlock => typeof b === 'object')
  return (
    <article>
      <DocumentHeader
        doc={pilot}
        parent={{ label: 'Toekomsttuinen', href: '/toekomsttuinen' }}
        kicker={`Toekomsttuin${region ? ` in ${regionInText(region.title)}` : ''}`}
      />
      <dl className="definition-list">
        <dt>Status</dt>
        <dd>{pilotStatusLabel(pilot.pilotStatus)}</dd>
        <dt>Periode</dt>
        <dd>
          {formatDate(pilot.startDate)}
          {pilot.endDate ? ` tot ${formatDate(pilot.endDate)}` : ' – loopt'}
        </dd>
        <Fact term="Gemeenten" value={pilot.municipalities?.join(', ')} />
        <Fact term="Partners" value={partners.map((p) => p.title).join(', ')} />
      </dl>
      <Section id="doel" title="Doel">
        <p className="utrecht-paragraph">{pilot.aim}</p>
      </Section>
      <TextSection id="aanpak" title="Aanpak" text={pilot.approach} />
      {pilot.results?.length ? (
        <Section id="resultaten" title="Resultaten">
          <DataTable
            label="Resultaten in cijfers"
            caption={<>Resultaten van {pilot.title} in cijfers</>}
            columns={['Wat is gemeten', 'Resultaat', 'Toelichting']}
          >
            {pilot.results.map((row, index) => (
              <tr key={row.id ?? index}>
                <th scope="row">{row.label}</th>
                <td>
                  {row.value.toLocaleString('nl-NL')} {row.unit}
                </td>
                <td>{row.note}</td>
              </tr>
            ))}
          </DataTable>
        </Section>
      ) : null}
      {pilot.lessons?.length ? (
        <Section id="lessen" title="Geleerde lessen">
          <ul className="utrecht-unordered-list">
            {pilot.lessons.map((lesson, index) => (
              <li key={lesson.id ?? index} className="utrecht-unordered-list__item">
                {lesson.lesson}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <RichText data={pilot.body} glossary={glossary} />
      <LinkList
        id="bouwstenen"
        title="Bouwstenen"
        items={blocks.map((block) => ({ href: paths.buildingBlock(block.slug), label: `${block.number}. ${block.title}` }))}
      />
      {region ? (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={paths.region(region.slug)}>
            Alles over regio {region.title}
          </a>
        </p>
      ) : null}
      <TextFooter doc={pilot} feedback={{ target: 'pilots', slug: pilot.slug }} />
    </article>
  )
}
