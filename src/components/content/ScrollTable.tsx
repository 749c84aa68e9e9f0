import type { ReactNode } from 'react'

/**
 * A table that may be wider than a phone scrolls inside its own region (keyboard-focusable, named
 * for screen readers) with a visible hint, so the page itself never becomes wider than the screen.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll-wrap">
      <p className="table-scroll__hint" aria-hidden="true">
        Schuif de tabel opzij om alle kolommen te zien.
      </p>
      <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
        {children}
      </div>
    </div>
  )
}
