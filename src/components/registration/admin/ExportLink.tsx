/** Above the registrations list: the export, scoped by the server to what the user may read. */
export function RegistrationsExportLink() {
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a href="/api/registrations/export.csv" download>
        Exporteer de inschrijvingen die u mag zien (CSV, te openen in Excel)
      </a>
    </p>
  )
}
