import type { Metadata } from 'next'

import { PageHeader } from '@/components/content/PageHeader'
import { ResultItem } from '@/components/content/ResultItem'
import { Finder } from '@/components/finder/Finder'
import { formatDate, isoDate } from '@/lib/dates'
import { idOf, type SearchParams } from '@/lib/finder'
import { pageMetadata } from '@/lib/seo'
import { alertSignupPath, feedPath, paths } from '@/lib/urls'
import { getViewer } from '@/lib/viewer'
import { filtersFromParams, filtersToQuery, SORTS, VACANCY_FACET_PARAMS } from '@/vacancies/finder'
import { getVacancyList } from '@/vacancies/getVacancyList'
import { salaryRangeText } from '@/vacancies/salaryScales'

/** The page's metadata; its feed link is the feed of exactly this view. */
export function vacanciesMetadata(searchParams: SearchParams): Metadata {
  const query = filtersToQuery(filtersFromParams(searchParams))
  return pageMetadata({
    title: 'Vacatures',
    description: 'Vacatures bij de Gelderse partners in de jeugdbescherming, met gezamenlijke werving en traineeships.',
    path: '/vacatures',
    // The feed of exactly this view, so a feed reader finds it from the page's address.
    feed: { url: feedPath('vacatures', query), title: 'Vacatures (Atom)' },
  })
}

/**
 * The vacancies finder. Without filters it is rendered once and cached (vacatures/page.tsx); with
 * filters in the address proxy.ts sends the request to gefilterd/[finder], rendered per request.
 */
export async function VacanciesFinder({ searchParams }: { searchParams: SearchParams }) {
  const { result, filters, sort, taxonomies } = await getVacancyList(await getViewer(), searchParams)
  const query = filtersToQuery(filters)
  return (
    <>
      <PageHeader
        title="Vacatures"
        summary="Werken in de Gelderse jeugdbescherming: vacatures van de GI’s, Veilig Thuis, de Raad en lokale teams. Vacatures verdwijnen vanzelf na de sluitingsdatum."
      />
      <form
        className="finder-search no-print"
        method="get"
        action="/vacatures"
        role="search"
        aria-label="Vacatures zoeken"
      >
        {VACANCY_FACET_PARAMS.flatMap((param) =>
          filters[param].map((value) => <input key={`${param}=${value}`} type="hidden" name={param} value={value} />),
        )}
        <p className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="vacature-zoekwoord">
            Zoekwoord
          </label>
          <input
            className="utrecht-textbox"
            id="vacature-zoekwoord"
            type="search"
            name="q"
            maxLength={100}
            defaultValue={filters.q ?? ''}
          />
        </p>
        <p className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="vacature-sortering">
            Sorteren op
          </label>
          <select className="utrecht-select" id="vacature-sortering" name="sorteer" defaultValue={sort}>
            {SORTS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </p>
        <p>
          <button className="utrecht-button utrecht-button--secondary-action" type="submit">
            Toon vacatures
          </button>
        </p>
      </form>
      <ul className="link-row no-print" aria-label="Op de hoogte blijven">
        <li>
          <a className="utrecht-link" href={alertSignupPath('vacatures', query)}>
            Ontvang e-mail bij nieuwe vacatures{query ? ' met deze filters' : ''}
          </a>
        </li>
        <li>
          <a className="utrecht-link" href={feedPath('vacatures', query)} type="application/atom+xml">
            Volg deze vacatures via Atom (feedlezer)
          </a>
        </li>
      </ul>
      <Finder
        result={result}
        noun={{ one: 'open vacature', many: 'open vacatures' }}
        emptyState={
          <p className="utrecht-paragraph">
            Geen open vacatures met deze filters.{' '}
            <a className="utrecht-link" href="/vacatures">
              Toon alle vacatures
            </a>{' '}
            of{' '}
            <a className="utrecht-link" href={alertSignupPath('vacatures', query)}>
              krijg een e-mail
            </a>{' '}
            zodra er een bij komt.
          </p>
        }
      >
        <ul className="result-list">
          {result.items.map((vacancy) => (
            <ResultItem key={vacancy.id} href={paths.vacancy(vacancy.slug)} title={vacancy.title}>
              <p className="card__meta">
                {taxonomies.organisationById.get(idOf(vacancy.organisation) ?? '')?.title}
                {vacancy.placeOfWork ? ` · ${vacancy.placeOfWork}` : ''} · {vacancy.hoursMin}
                {vacancy.hoursMax && vacancy.hoursMax !== vacancy.hoursMin ? `–${vacancy.hoursMax}` : ''} uur ·{' '}
                {vacancy.caoScale} · sluit{' '}
                <time dateTime={isoDate(vacancy.closingDate)}>{formatDate(vacancy.closingDate)}</time>
                {vacancy.jointRecruitment ? <span className="badge"> Gezamenlijke werving</span> : null}
                {vacancy.traineeship ? <span className="badge"> Traineeship</span> : null}
                {vacancy.isExample ? <span className="badge badge--example"> Voorbeeld</span> : null}
              </p>
              {salaryRangeText(vacancy.caoScale) ? (
                <p className="card__meta">Salaris {salaryRangeText(vacancy.caoScale)}</p>
              ) : null}
              {vacancy.summary ? <p className="utrecht-paragraph">{vacancy.summary}</p> : null}
            </ResultItem>
          ))}
        </ul>
      </Finder>
    </>
  )
}
