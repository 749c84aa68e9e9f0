'use client'

import { useEffect, useState } from 'react'

/**
 * Opens the browser's print dialog. Usable only once JavaScript runs (a button that does nothing
 * would be a trap; without it the PDF link beside it does the same job), but it holds its place
 * from the first paint: a button that appeared after hydration pushed the whole page down (a
 * layout shift Lighthouse counted against the working-method page). Until then it is invisible,
 * which also keeps it out of the tab order and the accessibility tree.
 */
export function PrintButton({ label = 'Werkkaart afdrukken' }: { label?: string }) {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--primary-action"
      style={ready ? undefined : { visibility: 'hidden' }}
      disabled={!ready}
      onClick={() => window.print()}
    >
      {label}
    </button>
  )
}
