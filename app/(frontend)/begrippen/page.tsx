import type { Metadata } from 'next'

import { PageHeader } from '@/components/content/PageHeader'
import { listDocuments } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { getViewer } from '@/lib/viewer'

/** From the full-route cache; dropped on every publish (src/lib/cache.ts). */
export const revalidate = 30

export const metadata: Metadata = pageMetadata({
  title: 'Begrippen',
  description: 'Begrippen en afkortingen uit de jeugdbescherming van A tot Z, van OTS tot Veilig Thuis.',
  path: '/begrippen',
})

const letterOf = (title: string) => {
  const first = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase()
  return /[A-Z]/.test(first) ? first : '#'
}

export default async function GlossaryPage() {
  const viewer = await getViewer()
  const terms = await listDocuments(viewer, 'glossary-terms', { sort: 'title' })
  terms.sort((a, b) => a.title.localeCompare(b.title, 'nl', { sensitivity: 'base' }))
  const groups = new Map<string, typeof terms>()
  for (const term of terms) {
    const letter = letterOf(term.title)
    groups.set(letter, [...(groups.get(letter) ?? []), term])
  }
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')
  return (
    <>
      <PageHeader
        crumb="Begrippen"
        title="Begrippen van A tot Z"
        summary={`${terms.length} begrippen en afkortingen die u in de jeugdbescherming tegenkomt. In de teksten van het portaal ziet u de uitleg ook direct bij het woord.`}
      />
      <nav aria-label="Naar letter" className="utrecht-index-char-nav no-print">
        <ul className="active-filters">
          {letters.map((letter) => (
            <li key={letter}>
              {groups.has(letter) ? (
                <a className="utrecht-link" href={`#letter-${letter}`}>
                  {letter}
                </a>
              ) : (
                <span className="muted" aria-hidden="true">
                  {letter}
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {[...groups.entries()].map(([letter, items]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h2 id={`letter-${letter}`} className="utrecht-heading-2">
            {letter}
          </h2>
          <dl className="definition-list">
            {items.map((term) => (
              <div key={term.id} id={term.slug ?? undefined}>
                <dt>
                  {term.title}
                  {term.abbreviation ? ` (${term.abbreviation})` : ''}
                </dt>
                <dd>
                  {term.definition}
                  {term.synonyms?.length ? <span className="muted"> Ook: {term.synonyms.join(', ')}.</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  )
}
