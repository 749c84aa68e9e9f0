import '@/components/search/search.css'

import type { Metadata } from 'next'

import { PageHeader } from '@/components/content/PageHeader'
import { Highlighted } from '@/components/search/Highlighted'
import { SearchResults } from '@/components/search/SearchResults'
import type { FinderResult, SearchParams as RawParams } from '@/lib/finder'
import { getPayload } from '@/lib/payload'
import { PAGE_PARAMS, parseSearchParams, type SearchParams, searchUrl } from '@/search/params'
import { type PortalSearchResult, runSearch } from '@/search/query'
import { recordSearch } from '@/search/record-search'
import { FACETS, type FacetName } from '@/search/types'

// Results follow every edit at once; nothing here may be cached between visitors' queries.
export const dynamic = 'force-dynamic'

const FACET_TITLES: Record<FacetName, string> = {
  type: 'Soort',
  region: 'Regio',
  buildingBlock: 'Bouwsteen',
  audience: 'Voor wie',
}

function toUrlParams(raw: RawParams): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item)
  }
  return params
}

/** One value per facet on this page, as on every finder of the site. */
function singleValued(params: SearchParams): SearchParams {
  const filters: SearchParams['filters'] = {}
  for (const facet of FACETS) {
    const first = params.filters[facet]?.[0]
    if (first) filters[facet] = [first]
  }
  return { ...params, filters }
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<RawParams> }): Promise<Metadata> {
  const parsed = parseSearchParams(toUrlParams(await searchParams), PAGE_PARAMS)
  const q = parsed.ok ? parsed.value.q : ''
  return {
    title: q ? `Zoeken: ${q}` : 'Zoeken',
    description: 'Zoek in werkwijzen, het escalatiemodel, begrippen, regio’s, scholing en vacatures.',
    alternates: { canonical: '/zoeken' },
    // Result pages are endless variations of the real pages; search engines should index those.
    robots: { index: false, follow: true },
  }
}

function toFinder(result: PortalSearchResult, params: SearchParams): FinderResult<PortalSearchResult['hits'][number]> {
  const withFilter = (facet: FacetName, value: string | undefined) =>
    searchUrl({ ...params, page: 1, filters: { ...params.filters, [facet]: value ? [value] : undefined } })
  const order: Partial<
    Record<FacetName, (a: { label: string; value: string }, b: { label: string; value: string }) => number>
  > = {
    region: (a, b) => a.label.localeCompare(b.label, 'nl'),
    buildingBlock: (a, b) => Number(a.value) - Number(b.value),
    audience: (a, b) => a.label.localeCompare(b.label, 'nl'),
  }
  return {
    items: result.hits,
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    facets: FACETS.map((facet) => ({
      param: PAGE_PARAMS[facet],
      label: FACET_TITLES[facet],
      options: [...result.facets[facet]].sort(order[facet] ?? (() => 0)).map((option) => ({
        value: option.value,
        label: option.label,
        count: option.count,
        active: option.selected,
        href: withFilter(facet, option.selected ? undefined : option.value),
      })),
    })),
    active: FACETS.filter((facet) => params.filters[facet]?.length).map((facet) => ({
      param: PAGE_PARAMS[facet],
      label: FACET_TITLES[facet],
      valueLabel: result.facets[facet].find((f) => f.selected)?.label ?? params.filters[facet]![0]!,
      removeHref: withFilter(facet, undefined),
    })),
    pageHref: (page: number) => searchUrl({ ...params, page }),
  }
}

function summaryLine(total: number, q: string, filtered: boolean): string {
  const noun = total === 1 ? 'resultaat' : 'resultaten'
  return `${total} ${noun}${q ? ` voor “${q}”` : ''}${filtered ? ' met de gekozen filters' : ''}`
}

function SearchForm({ params }: { params: SearchParams | null }) {
  return (
    <form className="search-form" role="search" action="/zoeken" method="get" aria-label="Zoeken in het portaal">
      <div className="search-form__field">
        <label className="utrecht-form-label" htmlFor="zoekvraag">
          Waar zoekt u naar?
        </label>
        <input
          className="utrecht-textbox search-form__input"
          id="zoekvraag"
          name="q"
          type="search"
          maxLength={200}
          defaultValue={params?.q ?? ''}
          autoComplete="off"
        />
      </div>
      {/* A new query keeps the chosen filters; each filter has its own link to remove it. */}
      {params
        ? FACETS.flatMap((facet) =>
            (params.filters[facet] ?? []).map((value) => (
              <input key={`${facet}-${value}`} type="hidden" name={PAGE_PARAMS[facet]} value={value} />
            )),
          )
        : null}
      <button className="utrecht-button utrecht-button--primary-action" type="submit">
        Zoek
      </button>
    </form>
  )
}

/** Where to look instead: the finders of the site. */
const FINDERS = [
  { href: '/werkwijzen', label: 'Werkwijzen' },
  { href: '/escalatiemodel', label: 'Escalatiemodel' },
  { href: '/begrippen', label: 'Begrippenlijst' },
  { href: '/regios', label: 'Afspraken per regio' },
  { href: '/scholing', label: 'Scholing' },
  { href: '/vacatures', label: 'Vacatures' },
]

function Tips({ q, filtered, suggestions }: { q: string; filtered: boolean; suggestions: string[] }) {
  return (
    <div className="search-suggestions">
      <p className="utrecht-paragraph">
        {q ? (
          <>
            Geen resultaten voor <strong>“{q}”</strong>
            {filtered ? ' met de gekozen filters' : ''}.
          </>
        ) : (
          'Geen resultaten met de gekozen filters.'
        )}
      </p>
      {filtered ? (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={searchUrl({ q, filters: {}, page: 1, limit: 10 })}>
            Zoek zonder filters
          </a>
        </p>
      ) : null}
      {suggestions.length > 0 ? (
        <>
          <h2 className="utrecht-heading-3" id="suggesties-kop">
            Bedoelt u misschien
          </h2>
          <ul className="search-suggestions__terms" aria-labelledby="suggesties-kop">
            {suggestions.map((term) => (
              <li key={term}>
                <a className="utrecht-link" href={searchUrl({ q: term, filters: {}, page: 1, limit: 10 })}>
                  {term}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="utrecht-heading-3" id="zoekers-kop">
        Zoek verder in
      </h2>
      <ul className="utrecht-unordered-list" aria-labelledby="zoekers-kop">
        {FINDERS.map((finder) => (
          <li key={finder.href} className="utrecht-unordered-list__item">
            <a className="utrecht-link" href={finder.href}>
              {finder.label}
            </a>
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">
        Of gebruik minder of andere woorden, een afkorting (bijvoorbeeld OTS of VT) of juist het hele begrip.
      </p>
    </div>
  )
}

function Intro() {
  const examples = [
    'ots beëindigen',
    'escalatiemodel',
    'jeugdbeschermingstafel',
    'VT Noord-Veluwe',
    'familiegroepsplan',
  ]
  return (
    <div className="search-suggestions">
      <p className="utrecht-paragraph">
        Zoek in werkwijzen, het escalatiemodel, begrippen, regio’s, lokale afspraken, toekomsttuinen, scholing en
        vacatures. Afkortingen en tikfouten zijn geen probleem.
      </p>
      <p className="utrecht-paragraph">Bijvoorbeeld:</p>
      <ul className="utrecht-unordered-list">
        {examples.map((example) => (
          <li key={example} className="utrecht-unordered-list__item">
            <a className="utrecht-link" href={searchUrl({ q: example, filters: {}, page: 1, limit: 10 })}>
              {example}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const parsed = parseSearchParams(toUrlParams(await searchParams), PAGE_PARAMS)
  const params = parsed.ok ? singleValued(parsed.value) : null
  const filtered = Boolean(params && FACETS.some((facet) => params.filters[facet]?.length))

  let result: PortalSearchResult | null = null
  let failure: string | null = parsed.ok ? null : parsed.message
  if (params && (params.q || filtered)) {
    try {
      const payload = await getPayload()
      result = await runSearch(payload, params)
      // Statistics for editors: one count per searched query on its first page, nothing about the visitor.
      if (params.q && params.page === 1) {
        const { total } = result
        await recordSearch(payload, params.q, total).catch((error) =>
          payload.logger.warn({ err: error }, 'search: counting a search failed'),
        )
      }
    } catch {
      failure = 'Zoeken lukt nu even niet. Probeer het over een paar minuten opnieuw, of gebruik het menu.'
    }
  }

  return (
    <>
      <PageHeader title="Zoeken" />
      <SearchForm params={params} />
      {failure ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{failure}</p>
        </div>
      ) : null}
      {result && params ? (
        <SearchResults
          result={toFinder(result, params)}
          summary={summaryLine(result.total, params.q, filtered)}
          emptyState={<Tips q={params.q} filtered={filtered} suggestions={result.suggestions} />}
        >
          <ol className="result-list search-results" start={(result.page - 1) * params.limit + 1}>
            {result.hits.map((hit) => (
              <li key={hit.id} className={hit.pinned ? 'search-bestbet' : undefined}>
                <h2 className="utrecht-heading-3">
                  {hit.pinned ? <span className="search-result__badge">Aanbevolen</span> : null}
                  {/* The ping counts a click for the editors' statistics; browsers without it just follow the link. */}
                  <a
                    className="utrecht-link"
                    href={hit.url}
                    ping={params.q ? `/api/search-click?q=${encodeURIComponent(params.q)}` : undefined}
                  >
                    <Highlighted parts={hit.titleParts} />
                  </a>
                </h2>
                <p className="card__meta">
                  {hit.typeLabel}
                  {hit.regions.length > 0
                    ? ` · ${hit.regions.map((slug) => result.facets.region.find((r) => r.value === slug)?.label ?? slug).join(', ')}`
                    : ''}
                </p>
                {hit.snippetParts.length > 0 ? (
                  <p className="utrecht-paragraph search-result__snippet">
                    <Highlighted parts={hit.snippetParts} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </SearchResults>
      ) : null}
      {!result && !failure ? <Intro /> : null}
    </>
  )
}
