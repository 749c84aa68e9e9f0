import type { ReactNode } from 'react'

/**
 * A monitor table wider than a phone: it scrolls sideways inside its own region, named by the
 * table's caption and focusable so the keyboard can scroll it too, with a hint that it does.
 */
export function TableScroll({ hint, captionId, children }: { hint: string; captionId: string; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <p className="table-scroll__hint" aria-hidden="true">
        {hint}
      </p>
      <div className="table-scroll__inner" role="region" aria-labelledby={captionId} tabIndex={0}>
        {children}
      </div>
    </div>
  )
}
