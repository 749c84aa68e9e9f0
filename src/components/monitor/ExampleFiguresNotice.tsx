/** Shown wherever example figures appear: they must never be read as real numbers. */
export function ExampleFiguresNotice({ show }: { show: boolean }) {
  if (!show) return null
  return (
    <div className="utrecht-alert utrecht-alert--warning example-notice" role="note">
      <p className="utrecht-paragraph">
        <strong>Voorbeeldcijfers.</strong> Deze cijfers zijn bedacht om de monitor te laten zien; het zijn geen echte
        cijfers van de Gelderse regio’s.
      </p>
    </div>
  )
}
