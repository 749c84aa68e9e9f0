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

/** One end of the period: a quarter, or open (the first or the last there is). */
function PeriodSelect({ label, name, value, periods, open }: { label: string; name: string; value?: string | null; periods: string[]; open: string }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{open}</option>
        {periods.map((period) => (
          <option key={period} value={period}>
            {periodLabel(period)}
          </option>
        ))}
      </select>
    </label>
  )
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
          <PeriodSelect label="Van" name="van" value={filters.from} periods={periods} open="het eerste kwartaal" />
          <PeriodSelect label="Tot en met" name="tot" value={filters.to} periods={periods} open="het laatste kwartaal" />
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
