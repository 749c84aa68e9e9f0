import type { Metadata } from 'next'

import { PageTitle } from '@/components/content/PageTitle'
import { ReviewInfo } from '@/components/content/ReviewInfo'
import { SourcesList } from '@/components/content/SourcesList'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import { RichText } from '@/components/rich-text/RichText'
import { answerLinks, guideState, type Level, questionFor } from '@/escalation/guide'
import { firstParam, type SearchParams } from '@/lib/finder'
import { buildGlossaryMatcher, loadGlossary } from '@/lib/glossary'
import { pageMetadata } from '@/lib/seo'
import { findGlobalDoc } from '@/lib/content'
import { getViewer } from '@/lib/viewer'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Escalatiemodel',
  description: 'Wat te doen als de samenwerking rond een gezin vastloopt terwijl de veiligheid van een kind in het geding is.',
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
        {level.contact ? (
          <>
            <dt>Contact</dt>
            <dd>{level.contact}</dd>
          </>
        ) : null}
      </dl>
    </div>
  )
}

export default async function EscalationModelPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams
  const viewer = await getViewer()
  const [model, glossary] = await Promise.all([
    findGlobalDoc(viewer, 'escalation-model'),
    loadGlossary(viewer.payload),
  ])
  const levels = model.levels ?? []
  const state = guideState(levels, { stap: firstParam(params, 'stap'), uitkomst: firstParam(params, 'uitkomst') })

  return (
    <article>
      <Breadcrumbs items={[{ label: 'Escalatiemodel' }]} />
      <PageTitle title={model.title || 'Escalatiemodel'} summary={model.summary} isExample={model.isExample} />

      <section id="wegwijzer" className="guide" aria-labelledby="wegwijzer-kop">
        <h2 id="wegwijzer-kop" className="utrecht-heading-2">
          Wegwijzer: welke stap zet u nu?
        </h2>
        {state.kind === 'intro' ? (
          <>
            <p className="utrecht-paragraph">
              Beantwoord een paar vragen. De wegwijzer brengt u bij de trede van het model die bij uw situatie past, met
              wie u benadert en binnen welke termijn.
            </p>
            <p>
              <a className="utrecht-button utrecht-button--primary-action guide__start" href="/escalatiemodel?stap=veiligheid#wegwijzer">
                Start de wegwijzer
              </a>
            </p>
          </>
        ) : null}
        {state.kind === 'safety' ? (
          <>
            <p className="guide__question" id="vraag">
              Is de veiligheid van een kind of een ander gezinslid op dit moment acuut in gevaar?
            </p>
            <ul className="guide__answers" aria-labelledby="vraag">
              <li>
                <a href="/escalatiemodel?uitkomst=acuut#wegwijzer">Ja</a>
              </li>
              <li>
                <a href={levels.length ? '/escalatiemodel?stap=1#wegwijzer' : '/escalatiemodel#model'}>Nee</a>
              </li>
            </ul>
          </>
        ) : null}
        {state.kind === 'question' ? (
          <>
            <p className="muted">
              Vraag {state.index + 2} van {state.total + 1}
            </p>
            <p className="guide__question" id="vraag">
              {questionFor(state.level, state.index)}
            </p>
            <ul className="guide__answers" aria-labelledby="vraag">
              <li>
                <a href={answerLinks(state.index, state.total).yes}>Ja</a>
              </li>
              <li>
                <a href={answerLinks(state.index, state.total).no}>Nee</a>
              </li>
            </ul>
          </>
        ) : null}
        {state.kind === 'acute' ? (
          <div className="callout callout--veiligheid" role="alert">
            <p className="callout__title">Acuut gevaar: niet escaleren, maar direct handelen</p>
            <p className="utrecht-paragraph">
              Bel bij direct levensgevaar 112. Neem bij acute onveiligheid meteen contact op met Veilig Thuis (0800-2000,
              gratis, dag en nacht bereikbaar). Het escalatiemodel is bedoeld voor vastgelopen samenwerking, niet voor een
              crisis.
            </p>
          </div>
        ) : null}
        {state.kind === 'result' ? (
          <>
            <p className="utrecht-paragraph" role="status">
              Dit is de stap die u nu zet:
            </p>
            <LevelCard level={state.level} index={state.index} total={state.total} />
            <p className="utrecht-paragraph">
              Ondertussen gaat het werk met het gezin door: de veiligheid van het kind gaat altijd voor.
            </p>
          </>
        ) : null}
        {state.kind !== 'intro' ? (
          <p className="no-print">
            <a className="utrecht-link" href="/escalatiemodel?stap=veiligheid#wegwijzer">
              Opnieuw beginnen
            </a>
          </p>
        ) : null}
      </section>

      {model.criteria?.length ? (
        <section aria-labelledby="wanneer">
          <h2 id="wanneer" className="utrecht-heading-2">
            Wanneer gebruikt u het escalatiemodel?
          </h2>
          <ul className="utrecht-unordered-list">
            {model.criteria.map((criterion, index) => (
              <li key={criterion.id ?? index} className="utrecht-unordered-list__item">
                <strong>{criterion.title}</strong>
                {criterion.description ? ` – ${criterion.description}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {levels.length ? (
        <section id="model" aria-labelledby="treden">
          <h2 id="treden" className="utrecht-heading-2">
            De treden van het model
          </h2>
          <table className="data-table">
            <caption className="visually-hidden">De treden van het escalatiemodel in volgorde</caption>
            <thead>
              <tr>
                <th scope="col">Trede</th>
                <th scope="col">Wie</th>
                <th scope="col">Naar wie</th>
                <th scope="col">Binnen</th>
                <th scope="col">Verwachte uitkomst</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </section>
      ) : null}

      {model.principles?.length ? (
        <section aria-labelledby="uitgangspunten">
          <h2 id="uitgangspunten" className="utrecht-heading-2">
            Uitgangspunten
          </h2>
          <ul className="utrecht-unordered-list">
            {model.principles.map((principle, index) => (
              <li key={principle.id ?? index} className="utrecht-unordered-list__item">
                <strong>{principle.title}</strong>
                {principle.description ? ` – ${principle.description}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <RichText data={model.body} glossary={buildGlossaryMatcher(glossary)} />
      <SourcesList sources={model.sources} />
      <ReviewInfo lastReviewedAt={model.lastReviewedAt} nextReviewDue={model.nextReviewDue} changeNotes={model.changeNotes} />
    </article>
  )
}
