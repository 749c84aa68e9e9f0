/** Demo content must never be mistaken for an adopted agreement. */
export function ExampleNotice({ isExample }: { isExample?: boolean | null }) {
  if (!isExample) return null
  return (
    <div className="utrecht-alert utrecht-alert--warning example-notice" role="note">
      <p className="utrecht-paragraph">
        <strong>Voorbeeld.</strong> Deze inhoud is een voorbeeld om het portaal te laten zien, geen vastgestelde
        afspraak van de Gelderse partners.
      </p>
    </div>
  )
}
