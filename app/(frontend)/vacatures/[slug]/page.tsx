import { DocumentHeader } from '@/components/content/PageHeader'
import { ReviewInfo } from '@/components/content/ReviewInfo'
import { RichText } from '@/components/rich-text/RichText'
import { formatDate, isoDate } from '@/lib/dates'
import { detailMetadata, loadDetail, noParamsAtBuild } from '@/lib/detailPage'
import { isVacancyClosed } from '@/lib/vacancies'
import { jobPostingJsonLd } from '@/vacancies/jobPosting'
import { contractTypeLabel } from '@/vacancies/labels'
import { salaryRangeText, scaleLabel } from '@/vacancies/salaryScales'

import type { Organisation, Region } from '../../../../payload-types'
import { paths } from '@/lib/urls'
import { FeedbackForm } from '@/components/feedback/FeedbackForm'

/** Rendered on the first request, then from the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30
export const generateStaticParams = noParamsAtBuild

type Args = { params: Promise<{ slug: string }> }

export const generateMetadata = detailMetadata('vacancies', (vacancy) => ({ title: vacancy.title, description: vacancy.summary }))

export default async function VacancyPage({ params }: Args) {
  const { doc: vacancy } = await loadDetail('vacancies', { params })
  const closed = isVacancyClosed(vacancy)
  const organisation = typeof vacancy.organisation === 'object' ? (vacancy.organisation as Organisation) : null
  const regions = (vacancy.regions ?? []).filter((r): r is Region => typeof r === 'object')
  const salary = salaryRangeText(vacancy.caoScale)
  const contract = contractTypeLabel(vacancy.contractType)
  const contact = vacancy.contact
  return (
    <article>
      {closed ? null : (
        <script
          type="application/ld+json"
          // JSON-LD is data, not markup; "<" is escaped so no text can close the script element.
          dangerouslySetInnerHTML={{
            __html: JSON.stringify(jobPostingJsonLd(vacancy, organisation, regions)).replace(/</g, '\\u003c'),
          }}
        />
      )}
      <DocumentHeader doc={vacancy} parent={{ label: 'Vacatures', href: '/vacatures' }} kicker={organisation?.title} />
      {closed ? (
        <div className="utrecht-alert" role="note">
          <p className="utrecht-paragraph">
            Deze vacature is gesloten. De sluitingsdatum was {formatDate(vacancy.closingDate)}.{' '}
            <a className="utrecht-link" href="/vacatures">
              Bekijk de open vacatures
            </a>
            .
          </p>
        </div>
      ) : null}
      <dl className="definition-list">
        <dt>Status</dt>
        <dd>{closed ? 'Gesloten' : 'Open'}</dd>
        <dt>Functie</dt>
        <dd>{vacancy.function}</dd>
        {vacancy.placeOfWork ? (
          <>
            <dt>Standplaats</dt>
            <dd>{vacancy.placeOfWork}</dd>
          </>
        ) : null}
        <dt>Uren per week</dt>
        <dd>
          {vacancy.hoursMin}
          {vacancy.hoursMax && vacancy.hoursMax !== vacancy.hoursMin ? ` tot ${vacancy.hoursMax}` : ''} uur
        </dd>
        <dt>Salaris</dt>
        <dd>
          {scaleLabel(vacancy.caoScale)}
          {salary ? `: ${salary}` : ''}
        </dd>
        {contract ? (
          <>
            <dt>Contract</dt>
            <dd>{contract}</dd>
          </>
        ) : null}
        <dt>SKJ-registratie</dt>
        <dd>{vacancy.skjRequired ? 'Vereist' : 'Niet vereist'}</dd>
        {regions.length ? (
          <>
            <dt>Regio’s</dt>
            <dd>{regions.map((r) => r.title).join(', ')}</dd>
          </>
        ) : null}
        {vacancy.jointRecruitment || vacancy.traineeship ? (
          <>
            <dt>Bijzonderheden</dt>
            <dd>
              {[
                vacancy.jointRecruitment ? 'gezamenlijke werving van de partners' : '',
                vacancy.traineeship ? 'traineeship' : '',
              ]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </>
        ) : null}
        <dt>Sluitingsdatum</dt>
        <dd>
          <time dateTime={isoDate(vacancy.closingDate)}>{formatDate(vacancy.closingDate)}</time>
        </dd>
      </dl>
      <RichText data={vacancy.body} />
      {!closed ? (
        <section aria-labelledby="solliciteren" className="callout callout--info">
          <h2 id="solliciteren" className="utrecht-heading-2">
            Zo solliciteert u
          </h2>
          <p className="utrecht-paragraph">{vacancy.howToApply}</p>
          {vacancy.applyUrl ? (
            <p>
              <a className="utrecht-button utrecht-button--primary-action" href={vacancy.applyUrl}>
                Solliciteer bij {organisation?.title ?? 'de organisatie'}
              </a>
            </p>
          ) : null}
          {vacancy.applyEmail ? (
            <p className="utrecht-paragraph">
              Of mail naar{' '}
              <a className="utrecht-link" href={`mailto:${vacancy.applyEmail}`}>
                {vacancy.applyEmail}
              </a>
              .
            </p>
          ) : null}
          {contact?.name || contact?.email || contact?.phone ? (
            <>
              <h3 className="utrecht-heading-3">Vragen over de functie?</h3>
              <p className="utrecht-paragraph">
                {[contact.name, contact.role].filter(Boolean).join(', ')}
                {contact.email ? (
                  <>
                    {' '}
                    <a className="utrecht-link" href={`mailto:${contact.email}`}>
                      {contact.email}
                    </a>
                  </>
                ) : null}
                {contact.phone ? (
                  <>
                    {' '}
                    <a className="utrecht-link" href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>
                      {contact.phone}
                    </a>
                  </>
                ) : null}
              </p>
            </>
          ) : null}
        </section>
      ) : null}
      <ReviewInfo changeNotes={vacancy.changeNotes} />
      <FeedbackForm target="vacancies" slug={vacancy.slug} />
    </article>
  )
}
