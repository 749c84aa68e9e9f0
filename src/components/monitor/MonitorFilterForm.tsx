import type { MonitorFilters } from '@/monitor/filters'
import { periodLabel } from '@/monitor/periods'
import type { RegionRef } from '@/monitor/series'
import { monitorCsvPath } from '@/lib/urls'

type Props = {
  action: string
  regions: RegionRef[]
  periods: string[]
  filters: MonitorFilters
  problems: string[]
  /** The CSV download narrows to this KPI (on its own page). */
  indicator?: string | null
}

/** A plain GET form: the selection ends up in the URL and works without JavaScript. */
export function MonitorFilterForm({ action, regions, periods, filters, problems, indicator }: Props) {
  return (
    <form className="monitor-filters no-print" action={action} method="get" aria-labelledby="filters-title">
      <h2 id="filters-title" className="utrecht-heading-3" style={{ marginTop: 0 }}>
        Selectie
      </h2>
      {problems.length ? (
        <div className="utrecht-alert" role="alert">
          {problems.map((problem) => (
            <p key={problem} className="utrecht-paragraph">
              {problem} Dit filter is niet toegepast.
            </p>
          ))}
        </div>
      ) : null}
      <fieldset>
        <legend>Regio’s (geen keuze: alle regio’s)</legend>
        <ul className="monitor-filters__regions">
          {regions.map((region) => (
            <li key={region.slug}>
              <label>
                <input
                  type="checkbox"
                  name="regio"
                  value={region.slug}
                  defaultChecked={filters.regions.includes(region.slug)}
                />
                {region.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Periode</legend>
        <div className="monitor-filters__periods">
          <label>
            Van
            <select name="van" defaultValue={filters.from ?? ''}>
              <option value="">het eerste kwartaal</option>
              {periods.map((period) => (
                <option key={period} value={period}>
                  {periodLabel(period)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Tot en met
            <select name="tot" defaultValue={filters.to ?? ''}>
              <option value="">het laatste kwartaal</option>
              {periods.map((period) => (
                <option key={period} value={period}>
                  {periodLabel(period)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      <div className="monitor-filters__actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          Toon selectie
        </button>
        <a className="utrecht-link" href={action}>
          Alles tonen
        </a>
        <a className="utrecht-link" href={monitorCsvPath(filters, indicator)} download>
          Download deze selectie als CSV
        </a>
      </div>
    </form>
  )
}
