'use client'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1 className="utrecht-heading-1">Er ging iets mis</h1>
      <p className="utrecht-paragraph">
        Deze pagina kon nu niet worden getoond. Probeer het opnieuw; lukt het dan nog niet, ga naar de{' '}
        <a className="utrecht-link" href="/">
          startpagina
        </a>
        .
      </p>
      <button className="utrecht-button utrecht-button--primary-action" type="button" onClick={() => reset()}>
        Opnieuw proberen
      </button>
    </>
  )
}
