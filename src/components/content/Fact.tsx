import type { ReactNode } from 'react'

/** One term of a definition list (<dl>) with its value; nothing at all when there is no value. */
export function Fact({ term, value }: { term: string; value: ReactNode }) {
  if (!value) return null
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  )
}
