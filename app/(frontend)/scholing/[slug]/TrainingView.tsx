import { LinkList } from '@/components/content/LinkList'
import { DocumentHeader } from '@/components/content/PageHeader'
import { RegistrationSection } from '@/components/registration/RegistrationSection'
import { RichText } from '@/components/rich-text/RichText'
import type { SearchParams } from '@/lib/finder'
import { formatDateTime, formatTime, isoDate } from '@/lib/dates'
import { buildGlossaryMatcher, loadGlossary } from '@/lib/glossary'
import { audienceLabel } from '@/lib/labels'
import { detailMetadata, loadDetail } from '@/lib/detailPage'
import { placesText, upcomingSessionsByTraining } from '@/lib/trainings'

import type { BuildingBlock, Organisation, Region } from '../../../../payload-types'
import { paths } from '@/lib/urls'
import { FeedbackForm } from '@/components/feedback/FeedbackForm'

type Props = {
  params: Promise<{ slug: string }>
  /** Only on the per-request view after a form post (`?inschrijving=`): the outcome to show. */
  searchParams?: SearchParams
}

/** How a training's page reads to search engines and in a browser tab. */
export const trainingMetadata = detailMetadata('trainings', (training) => ({ title: training.title, description: training.summary }))

/**
 * A training with its sessions, places left and the registration form. The cached page
 * (./page.tsx) renders it without search params; the outcome of a registration
 * (`/scholing/<slug>?inschrijving=…`, read from the flash cookie) is rendered per request by
 * ./uitkomst/page.tsx, to which proxy.ts rewrites that address (src/lib/cacheControl.ts).
 */
export async function TrainingView({ params, searchParams }: Props) {
  const { viewer, doc: training, slug } = await loadDetail('trainings', { params })
  const [sessionsByTraining, glossary] = await Promise.all([upcomingSessionsByTraining(viewer), loadGlossary(viewer.payload)])
  const sessions = sessionsByTraining.get(String(training.id)) ?? []
  const provider = typeof training.provider === 'object' ? (training.provider as Organisation | null) : null
  const regions = (training.regions ?? []).filter((r): r is Region => typeof r === 'object')
  const blocks = (training.buildingBlocks ?? []).filter((b): b is BuildingBlock => typeof b === 'object')
  const now = Date.now()
  return (
    <article>
      <DocumentHeader
        doc={training}
        parent={{ label: 'Scholing', href: '/scholing' }}
        kicker={provider ? `Training van ${provider.title}` : 'Training'}
      />
      <dl className="definition-list">
        {training.skjPoints ? (
          <>
            <dt>SKJ-accreditatie</dt>
            <dd>{training.skjPoints} punten</dd>
          </>
        ) : null}
        {training.durationText ? (
          <>
            <dt>Duur</dt>
            <dd>{training.durationText}</dd>
          </>
        ) : null}
        {training.costs ? (
          <>
            <dt>Kosten</dt>
            <dd>{training.costs}</dd>
          </>
        ) : null}
        {training.audiences?.length ? (
          <>
            <dt>Voor wie</dt>
            <dd>{training.audiences.map(audienceLabel).join(', ')}</dd>
          </>
        ) : null}
        {regions.length ? (
          <>
            <dt>Regio’s</dt>
            <dd>{regions.map((r) => r.title).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <RichText data={training.body} glossary={buildGlossaryMatcher(glossary)} />
      <section aria-labelledby="sessies">
        <h2 id="sessies" className="utrecht-heading-2">
          Sessies
        </h2>
        {sessions.length === 0 ? (
          <p className="utrecht-paragraph">Er zijn op dit moment geen sessies gepland.</p>
        ) : (
          <ul className="card-grid">
            {sessions.map((session) => {
              const open = new Date(session.registrationOpensAt).getTime() <= now && new Date(session.registrationClosesAt).getTime() > now
              return (
                <li key={session.id} className="card" id={`sessie-${session.id}`}>
                  <h3 className="utrecht-heading-3">{session.label}</h3>
                  <p className="card__meta">
                    <time dateTime={isoDate(session.startsAt)}>{formatDateTime(session.startsAt)}</time> tot{' '}
                    <time dateTime={isoDate(session.endsAt)}>{formatTime(session.endsAt)}</time>
                  </p>
                  <p className="card__meta">
                    {session.mode === 'online' ? 'Online' : session.location} · {session.capacity} plaatsen, {placesText(session)}
                  </p>
                  <p className="card__meta">
                    {open
                      ? `Inschrijven kan tot ${formatDateTime(session.registrationClosesAt)}.`
                      : new Date(session.registrationOpensAt).getTime() > now
                        ? `Inschrijven kan vanaf ${formatDateTime(session.registrationOpensAt)}.`
                        : 'De inschrijving is gesloten.'}
                  </p>
                  <p className="no-print">
                    <a className="utrecht-link" href={`/scholing/sessies/${session.id}/agenda.ics`}>
                      Zet in agenda<span className="visually-hidden"> ({session.label})</span>
                    </a>
                  </p>
                </li>
              )
            })}
          </ul>
        )}
      </section>
      {sessions.length > 0 ? (
        <RegistrationSection trainingSlug={training.slug ?? slug} sessions={sessions} searchParams={searchParams} />
      ) : null}
      <LinkList
        id="bouwstenen"
        title="Hoort bij de bouwstenen"
        items={blocks.map((block) => ({ href: paths.buildingBlock(block.slug), label: `${block.number}. ${block.title}` }))}
      />
      <FeedbackForm target="trainings" slug={training.slug} />
    </article>
  )
}
