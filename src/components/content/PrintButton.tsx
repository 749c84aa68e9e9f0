'use client'

import { useEffect, useState } from 'react'

/**
 * Opens the browser's print dialog. Rendered only once JavaScript runs (a button that does nothing
 * would be a trap); without it the PDF link beside it does the same job.
 */
export function PrintButton({ label = 'Werkkaart afdrukken' }: { label?: string }) {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null
  return (
    <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => window.print()}>
      {label}
    </button>
  )
}
