import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { LEVEL_LABELS } from '../../../readability/levels'
import { findFurthestFromTarget } from '../../../readability/furthestFromTarget'

type Props = { payload: Payload; user?: TypedUser | null }

const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderLeft: '4px solid var(--theme-success-500)',
  borderRadius: 4,
  padding: '1rem 1.25rem',
  marginBottom: '2rem',
} as const

/**
 * On the admin dashboard: the texts this editor may change that are furthest from their language
 * level (B1 for parents' texts, professional for working methods), with a link to each.
 */
export async function FurthestFromTarget({ payload, user }: Props) {
  if (!user) return null
  const req = await createLocalReq({ user }, payload)
  const items = await findFurthestFromTarget(payload, { req, limit: 10 })
  return (
    <section aria-labelledby="readability-furthest" style={box}>
      <h2 id="readability-furthest" style={{ marginTop: 0 }}>
        Taalniveau: verst van het doel
      </h2>
      {items.length === 0 ? (
        <p style={{ marginBottom: 0 }}>Alle teksten die u beheert, halen hun taalniveau (of zijn nog niet gescoord).</p>
      ) : (
        <>
          <p>Deze teksten zijn moeilijker dan hun lezers aankunnen. Herschrijf eerst de bovenste.</p>
          <ol style={{ marginBottom: 0 }}>
            {items.map((item) => (
              <li key={`${item.collection}:${item.id}`}>
                <a href={item.adminPath}>{item.title}</a>{' '}
                <span>
                  ({item.label}: score {item.score.toLocaleString('nl-NL')}, {item.level ? LEVEL_LABELS[item.level] : 'onbekend'}; doel{' '}
                  {LEVEL_LABELS[item.target]}, {item.distance.toLocaleString('nl-NL')} punten te ver)
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
