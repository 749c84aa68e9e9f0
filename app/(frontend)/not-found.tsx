export default function NotFound() {
  return (
    <>
      <h1 className="utrecht-heading-1">Deze pagina bestaat niet (meer)</h1>
      <p className="utrecht-paragraph">
        Misschien is de pagina verplaatst of is de inhoud niet langer gepubliceerd. Zoek wat u nodig hebt of ga naar een van
        deze onderdelen:
      </p>
      <form role="search" aria-label="Zoeken vanaf deze pagina" action="/zoeken" method="get" className="header-search">
        <label className="utrecht-form-label" htmlFor="zoek-404">
          Zoeken in het portaal
        </label>
        <input className="utrecht-textbox header-search__input" id="zoek-404" name="q" type="search" />
        <button className="utrecht-button utrecht-button--primary-action" type="submit">
          Zoek
        </button>
      </form>
      <ul className="utrecht-link-list">
        <li><a className="utrecht-link" href="/werkwijzen">Werkwijzen</a></li>
        <li><a className="utrecht-link" href="/escalatiemodel">Escalatiemodel</a></li>
        <li><a className="utrecht-link" href="/regios">Regio’s</a></li>
        <li><a className="utrecht-link" href="/">Home</a></li>
      </ul>
    </>
  )
}
