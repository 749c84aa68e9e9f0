'use client'

/**
 * What a visitor sees when a page fails on the server. The code is Next's digest of the error; the
 * server logs it on one line with the request id (src/lib/requestErrors.ts), so a visitor who
 * quotes it lets support find what went wrong. Nothing else about the error reaches the browser.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
      {error.digest ? (
        <p className="utrecht-paragraph">
          Neemt u contact op over deze fout? Noem dan de foutcode <code>{error.digest}</code>.
        </p>
      ) : null}
      <button className="utrecht-button utrecht-button--primary-action" type="button" onClick={() => reset()}>
        Opnieuw proberen
      </button>
    </>
  )
}
