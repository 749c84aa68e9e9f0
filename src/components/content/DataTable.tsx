import type { ReactNode } from 'react'

import { ScrollTable } from './ScrollTable'
import { TableHead } from './TableHead'

type Props = {
  /** Names the scrolling region. */
  label: string
  /** Read by screen readers only: the table's own heading is the section's. */
  caption: ReactNode
  columns: ReactNode[]
  /** The body rows (<tr>). */
  children: ReactNode
}

/** A table of facts in a content page: scrolls on a phone, a column header per column. */
export function DataTable({ label, caption, columns, children }: Props) {
  return (
    <ScrollTable label={label}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <TableHead columns={columns} />
        <tbody>{children}</tbody>
      </table>
    </ScrollTable>
  )
}
