'use client'

import { useId, useState } from 'react'

type RowError = { line: number; message: string }
type Report = { ok: boolean; created: number; updated: number; rows: number; errors: RowError[]; message?: string }

/**
 * Above the measurements list: upload a CSV, see the validation report. The server checks every
 * row and writes the file whole or not at all (src/monitor/importMeasurements.ts).
 */
export function MeasurementsImport() {
  const inputId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<Report | null>(null)

  async function upload(event: React.FormEvent) {
    event.preventDefault()
    if (!file) return
    setBusy(true)
    setReport(null)
    try {
      const response = await fetch('/api/measurements/import', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'text/csv' },
        body: await file.text(),
      })
      const body = (await response.json().catch(() => ({}))) as Partial<Report>
      setReport({ ok: false, created: 0, updated: 0, rows: 0, errors: [], ...body })
      if (body.ok) setTimeout(() => window.location.reload(), 1500)
    } catch {
      setReport({
        ok: false,
        created: 0,
        updated: 0,
        rows: 0,
        errors: [],
        message: 'De server is niet bereikbaar. Probeer het opnieuw.',
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section
      aria-labelledby={`${inputId}-title`}
      style={{ margin: '0 0 1.5rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)' }}
    >
      <h2 id={`${inputId}-title`} style={{ fontSize: '1.1rem', margin: '0 0 0.5rem' }}>
        Cijfers importeren (CSV)
      </h2>
      <p style={{ margin: '0 0 0.5rem' }}>
        Kolommen: <code>indicator;regio;periode;waarde</code>, met eventueel <code>toelichting</code> en{' '}
        <code>voorbeeld</code> (ja/nee). Een bestaand cijfer (zelfde indicator, regio en kwartaal) wordt bijgewerkt.
        Staat er één fout in het bestand, dan wordt niets geïmporteerd.
      </p>
      <form onSubmit={upload} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
        <label htmlFor={inputId}>CSV-bestand</label>
        <input id={inputId} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <button type="submit" className="btn btn--style-primary btn--size-small" disabled={!file || busy}>
          {busy ? 'Bezig met controleren…' : 'Controleren en importeren'}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {report ? (
          report.ok ? (
            <p style={{ marginTop: '0.75rem' }}>
              Geïmporteerd: {report.created} nieuw, {report.updated} bijgewerkt.
            </p>
          ) : (
            <div style={{ marginTop: '0.75rem' }}>
              <p>
                <strong>
                  {report.message ??
                    `Niets geïmporteerd: ${report.errors.length} ${report.errors.length === 1 ? 'fout' : 'fouten'} gevonden.`}
                </strong>
              </p>
              {report.errors.length ? (
                <ul>
                  {report.errors.map((error, index) => (
                    <li key={index}>
                      {error.line ? `Regel ${error.line}: ` : ''}
                      {error.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          )
        ) : null}
      </div>
    </section>
  )
}
