type Props = { regions: { slug?: string | null; title: string }[]; current: string | null; returnTo: string }

/** Choose a region once; lists and the home page then show "In uw regio". A plain form post. */
export function RegionPicker({ regions, current, returnTo }: Props) {
  return (
    <form className="region-picker" action="/regio-kiezen" method="post">
      <input type="hidden" name="terug" value={returnTo} />
      <div>
        <label className="utrecht-form-label" htmlFor="regio-keuze">
          Mijn regio
        </label>
        <br />
        <select id="regio-keuze" name="regio" defaultValue={current ?? ''} className="utrecht-select">
          <option value="">Geen regio gekozen</option>
          {regions.map((region) => (
            <option key={region.slug} value={region.slug ?? ''}>
              {region.title}
            </option>
          ))}
        </select>
      </div>
      <button className="utrecht-button utrecht-button--secondary-action" type="submit">
        Regio opslaan
      </button>
    </form>
  )
}
