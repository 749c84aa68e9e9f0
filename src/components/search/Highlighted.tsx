import type { HighlightPart } from '@/search/types'

/** Text with the matched words in <mark>; built from parts, so no HTML from content is trusted. */
export function Highlighted({ parts }: { parts: HighlightPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  )
}
