import type { Metadata } from 'next'

import { ContactCard } from '@/components/content/ContactCard'
import { PageHeader } from '@/components/content/PageHeader'
import { DataTable } from '@/components/content/DataTable'
import { Fact } from '@/components/content/Fact'
import { Section } from '@/components/content/Section'
import { TextFooter } from '@/components/content/TextFooter'
import { RichText } from '@/components/rich-text/RichText'
import {
  type EscalationContacts,
  getEscalationContacts,
  listRegionOptions,
  type RegionOption,
} from '@/escalation/contacts'
import {
  answerLinks,
  GUIDE_PATH,
  guideHref,
  guideRegion,
  guideState,
  type Level,
  questionFor,
} from '@/escalation/guide'
import { firstParam, type SearchParams } from '@/lib/finder'
import { buildGlossaryMatcher, loadGlossary } from '@/lib/glossary'
import { pageMetadata } from '@/lib/seo'
import { findGlobalDoc } from '@/lib/content'
import { getViewer } from '@/lib/viewer'
import { paths } from '@/lib/urls'

export const escalationModelMetadata: Metadata = pageMetadata({
  title: 'Escalatiemodel',
  description:
    'Wat te doen als de samenwerking rond een gezin vastloopt terwijl de veiligheid van een kind in het geding is.',
  path: '/escalatiemodel',
})

function LevelCard({ level, index, total }: { level: Level; index: number; total: number }) {
  return (
    <div className="guide__result card">
      <p className="page-title__kicker">
        Trede {index + 1} van {total}
      </p>
      <h3 className="utrecht-heading-3">{level.title}</h3>
      <dl className="definition-list">
        <dt>Wie schaalt op</dt>
        <dd>{level.who}</dd>
        <dt>Naar wie</dt>
        <dd>{level.to}</dd>
        <dt>Binnen</dt>
        <dd>
          {level.withinWorkingDays} {level.withinWorkingDays === 1 ? 'werkdag' : 'werkdagen'}
        </dd>
        <dt>Verwachte uitkomst</dt>
        <dd>{level.expectedOutcome}</dd>
        <Fact term="Contact" value={level.contact} />
      </dl>
    </div>
  )
}

/** The two answers to the guide's question (p#vraag), as links: the guide needs no JavaScript. */
function Answers({ yes, no }: { yes: string; no: string }) {
  return (
    <ul className="guide__answers" aria-labelledby="vraag">
      <li>
        <a href={yes}>Ja</a>
      </li>
      <li>
        <a href={no}>Nee</a>
      </li>
    </ul>
  )
}

/** The criteria and the principles: each a title in bold, with its explanation after a dash. */
function TitledItems({ items }: { items: { id?: string | null; title: string; description?: string | null }[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((item, index) => (
        <li key={item.id ?? index} className="utrecht-unordered-list__item">
          <strong>{item.title}</strong>
          {item.description ? ` – ${item.description}` : ''}
        </li>
      ))}
    </ul>
  )
}

/**
 * Who to call, for the chosen region; without one, a small GET form to choose it (the outcome
 * stays). `expertTeam` adds the Regionaal Expertteam for when every level was tried.
 */
function RegionContacts({
  contacts,
  regions,
  outcome,
  expertTeam = false,
}: {
  contacts: EscalationContacts | null
  regions: RegionOption[]
  outcome: string
  expertTeam?: boolean
}) {
  const points = contacts
    ? [contacts.escalation, expertTeam ? contacts.expertTeam : null].filter((point) => point !== null)
    : []
  return (
    <div className="guide__contacts">
      {contacts ? (
        <>
          <h3 className="utrecht-heading-3">Wie u belt in de regio {contacts.region.title}</h3>
          {points.length ? (
            points.map((point, index) => <ContactCard key={index} point={point} headingLevel={4} />)
          ) : (
            <p className="utrecht-paragraph">
              Deze regio heeft nog geen escalatiepunt gepubliceerd. Kijk op de{' '}
              <a className="utrecht-link" href={paths.region(contacts.region.slug)}>
                regiopagina
              </a>{' '}
              voor de andere contactpunten.
            </p>
          )}
        </>
      ) : null}
      <form className="region-picker no-print" method="get" action={`${GUIDE_PATH}#wegwijzer`}>
        <input type="hidden" name="uitkomst" value={outcome} />
        <label className="utrecht-form-label" htmlFor="wegwijzer-regio">
          {contacts ? 'Andere regio' : 'In welke regio werkt u? Dan noemen we wie u belt.'}
        </label>
        <select id="wegwijzer-regio" name="regio" defaultValue={contacts?.region.slug ?? ''}>
          <option value="">Kies een regio</option>
          {regions.map((region) => (
            <option key={region.slug} value={region.slug}>
              {region.title}
            </option>
          ))}
        </select>
        <button className="utrecht-button utrecht-button--secondary-action" type="submit">
          Toon contact
        </button>
      </form>
    </div>
  )
}

/**
 * The escalation model with its guide. The cached page (./page.tsx) is where the guide starts, the
 * same for everyone; a step of the guide (`?stap=`, `?uitkomst=`, `?regio=`) is rendered per
 * request by ./wegwijzer/page.tsx, to which proxy.ts rewrites those requests
 * (src/lib/cacheControl.ts), with the contacts of the region the visitor chose on the home page.
 */
export async function EscalationModelView({ params = {}, chosenRegion = null }: { params?: SearchParams; chosenRegion?: string | null }) {
  const viewer = await getViewer()
  // The region from the link, else the one the visitor chose on the home page.
  const region = guideRegion(firstParam(params, 'regio')) ?? chosenRegion ?? undefined
  const [model, glossary, regions, contacts] = await Promise.all([
    findGlobalDoc(viewer, 'escalation-model'),
    loadGlossary(viewer.payload),
    listRegionOptions(viewer.payload),
    getEscalationContacts(viewer.payload, region),
  ])
  const levels = model.levels ?? []
  const guide = guideState(levels, { stap: firstParam(params, 'stap'), uitkomst: firstParam(params, 'uitkomst') })

  return (
    <article>
      <PageHeader
        crumb="Escalatiemodel"
        title={model.title || 'Escalatiemodel'}
        summary={model.summary}
        isExample={model.isExample}
      />

      <section id="wegwijzer" className="guide" aria-labelledby="wegwijzer-kop">
        <h2 id="wegwijzer-kop" className="utrecht-heading-2">
          Wegwijzer: welke stap zet u nu?
        </h2>
        {guide.kind === 'intro' ? (
          <>
            <p className="utrecht-paragraph">
              Beantwoord een paar vragen. De wegwijzer brengt u bij de trede van het model die bij uw situatie past, met
              wie u benadert en binnen welke termijn.
            </p>
            <p>
              <a
                className="utrecht-button utrecht-button--primary-action guide__start"
                href={guideHref({ stap: 'veiligheid' }, region)}
              >
                Start de wegwijzer
              </a>
            </p>
          </>
        ) : null}
        {guide.kind === 'safety' ? (
          <>
            <p className="guide__question" id="vraag">
              Is de veiligheid van een kind of een ander gezinslid op dit moment acuut in gevaar?
            </p>
            <Answers
              yes={guideHref({ uitkomst: 'acuut' }, region)}
              no={levels.length ? guideHref({ stap: '1' }, region) : `${GUIDE_PATH}#model`}
            />
          </>
        ) : null}
        {guide.kind === 'question' ? (
          <>
            <p className="muted">
              Vraag {guide.index + 2} van {guide.total + 1}
            </p>
            <p className="guide__question" id="vraag">
              {questionFor(guide.level, guide.index)}
            </p>
            <Answers {...answerLinks(guide.index, guide.total, region)} />
          </>
        ) : null}
        {guide.kind === 'acute' ? (
          <div className="callout callout--veiligheid" role="alert">
            <p className="callout__title">Acuut gevaar: niet escaleren, maar direct handelen</p>
            <p className="utrecht-paragraph">
              Bel bij direct levensgevaar 112. Neem bij acute onveiligheid meteen contact op met Veilig Thuis
              (0800-2000, gratis, dag en nacht bereikbaar). Het escalatiemodel is bedoeld voor vastgelopen samenwerking,
              niet voor een crisis.
            </p>
          </div>
        ) : null}
        {guide.kind === 'result' ? (
          <>
            <p className="utrecht-paragraph" role="status">
              Dit is de stap die u nu zet:
            </p>
            <LevelCard level={guide.level} index={guide.index} total={guide.total} />
            <h3 className="utrecht-heading-3">Wat u nu doet</h3>
            <ol className="utrecht-ordered-list">
              <li className="utrecht-ordered-list__item">
                Leg de kwestie binnen {guide.level.withinWorkingDays}{' '}
                {guide.level.withinWorkingDays === 1 ? 'werkdag' : 'werkdagen'} voor aan: {guide.level.to}.
              </li>
              <li className="utrecht-ordered-list__item">Vertel het gezin dat u opschaalt en waarom.</li>
              <li className="utrecht-ordered-list__item">
                Komt er geen oplossing? Dan zet u de volgende stap; de wegwijzer wijst hem aan.
              </li>
            </ol>
            <p className="utrecht-paragraph">
              Ondertussen gaat het werk met het gezin door: de veiligheid van het kind gaat altijd voor.
            </p>
            <RegionContacts contacts={contacts} regions={regions} outcome={String(guide.index + 1)} />
          </>
        ) : null}
        {guide.kind === 'beyond' ? (
          <>
            <p className="utrecht-paragraph" role="status">
              U hebt alle {guide.total} treden van het model doorlopen zonder besluit.
            </p>
            <div className="guide__result card">
              <h3 className="utrecht-heading-3">Wat u nu doet</h3>
              <ol className="utrecht-ordered-list">
                <li className="utrecht-ordered-list__item">
                  Leg de vastgelopen situatie voor aan het Regionaal Expertteam van uw regio: het team denkt mee bij
                  complexe hulpvragen waar de gewone route geen oplossing geeft.
                </li>
                <li className="utrecht-ordered-list__item">
                  Meld het ook aan het escalatiepunt van uw regio, zodat de bestuurders weten dat hun overleg niet tot een
                  besluit leidde.
                </li>
                <li className="utrecht-ordered-list__item">
                  Is een kind intussen onveilig? Vraag dan de Raad voor de Kinderbescherming om een onderzoek, of bel
                  bij acute onveiligheid Veilig Thuis: 0800-2000.
                </li>
              </ol>
            </div>
            <p className="utrecht-paragraph">
              Het werk met het gezin gaat door: de veiligheid van het kind gaat altijd voor.
            </p>
            <RegionContacts contacts={contacts} regions={regions} outcome="voorbij" expertTeam />
          </>
        ) : null}
        {guide.kind !== 'intro' ? (
          <p className="no-print">
            <a className="utrecht-link" href={guideHref({ stap: 'veiligheid' }, region)}>
              Opnieuw beginnen
            </a>
          </p>
        ) : null}
      </section>

      {model.criteria?.length ? (
        <Section id="wanneer" title="Wanneer gebruikt u het escalatiemodel?">
          <TitledItems items={model.criteria} />
        </Section>
      ) : null}

      {levels.length ? (
        <Section id="treden" anchor="model" title="De treden van het model">
          <DataTable
            label="Treden van het escalatiemodel"
            caption="De treden van het escalatiemodel in volgorde"
            columns={['Trede', 'Wie', 'Naar wie', 'Binnen', 'Verwachte uitkomst']}
          >
            {levels.map((level, index) => (
              <tr key={level.id ?? index}>
                <th scope="row">
                  {index + 1}. {level.title}
                </th>
                <td>{level.who}</td>
                <td>{level.to}</td>
                <td>{level.withinWorkingDays} werkdagen</td>
                <td>{level.expectedOutcome}</td>
              </tr>
            ))}
          </DataTable>
        </Section>
      ) : null}

      {model.principles?.length ? (
        <Section id="uitgangspunten" title="Uitgangspunten">
          <TitledItems items={model.principles} />
        </Section>
      ) : null}

      <RichText data={model.body} glossary={buildGlossaryMatcher(glossary)} />
      <TextFooter doc={model} feedback={{ target: 'escalation-model' }} />
    </article>
  )
}
