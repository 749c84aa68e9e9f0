'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { adminPath } from '../../../lib/urls'

/** On a session: how full it is, and the way to its registrations and their export. */
export function SessionRegistrations() {
  const { id } = useDocumentInfo()
  const capacity = useFormFields(([fields]) => fields.capacity?.value) as number | undefined
  const confirmed = useFormFields(([fields]) => fields.confirmedCount?.value) as number | undefined
  if (!id) return <p>Na het opslaan ziet u hier de inschrijvingen voor deze sessie.</p>
  const list = adminPath({
    collection: 'registrations',
    query: `where[session][equals]=${encodeURIComponent(String(id))}`,
  })
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <h3 style={{ marginBottom: '0.5rem' }}>Inschrijvingen</h3>
      <p>
        {confirmed ?? 0} van {capacity ?? '?'} plaatsen bezet.
      </p>
      <p>
        <a href={list}>Inschrijvingen bekijken en aanwezigheid bijhouden</a>
        {' · '}
        <a href={`/api/registrations/export.csv?session=${encodeURIComponent(String(id))}`} download>
          Exporteren (CSV)
        </a>
      </p>
    </div>
  )
}
