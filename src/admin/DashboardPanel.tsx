import type { ReactNode } from 'react'

type Props = {
  /** The heading's id, which names the section for screen readers. */
  id: string
  title: string
  /** The colour of the left border: green for advice, orange for what is overdue. */
  accent: 'success' | 'warning'
  /** Shown instead of the list when there is nothing to do. */
  empty: ReactNode
  /** The introduction and the list; nothing when there is nothing to do. */
  children?: ReactNode
}

/** A panel on the admin dashboard: a heading, then a list of things to do or a line that all is well. */
export function DashboardPanel({ id, title, accent, empty, children }: Props) {
  return (
    <section
      aria-labelledby={id}
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderLeft: `4px solid var(--theme-${accent}-500)`,
        borderRadius: 4,
        padding: '1rem 1.25rem',
        marginBottom: '2rem',
      }}
    >
      <h2 id={id} style={{ marginTop: 0 }}>
        {title}
      </h2>
      {children ? children : <p style={{ marginBottom: 0 }}>{empty}</p>}
    </section>
  )
}
