/** The header search as a plain GET form: works without JavaScript. */
export function HeaderSearch({ defaultValue = '' }: { defaultValue?: string }) {
  return (
    <form className="header-search" role="search" action="/zoeken" method="get">
      <label className="utrecht-form-label header-search__label" htmlFor="zoekterm">
        Zoeken in het portaal
      </label>
      <input
        className="utrecht-textbox header-search__input"
        id="zoekterm"
        name="q"
        type="search"
        defaultValue={defaultValue}
        autoComplete="off"
      />
      <button className="utrecht-button utrecht-button--primary-action" type="submit">
        Zoek
      </button>
    </form>
  )
}
