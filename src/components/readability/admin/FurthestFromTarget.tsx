import { createLocalReq, type Payload, type TypedUser } from 'payload'

import { DashboardPanel } from '../../../admin/DashboardPanel'
import { LEVEL_LABELS } from '../../../readability/levels'
import { findFurthestFromTarget } from '../../../readability/furthestFromTarget'

type Props = { payload: Payload; user?: TypedUser | null }

/**
 * On the admin dashboard: the texts this editor may change that are furthest from their language
 * level (B1 for parents' texts, professional for working methods), with a link to each.
 */
export async function FurthestFromTarget({ payload, user }: Props) {
  if (!user) return null
  const req = await createLocalReq({ user }, payload)
  const items = await findFurthestFromTarget(payload, { req, limit: 10 })
  return (
    <DashboardPanel
      id="readability-furthest"
      title="Taalniveau: verst van het doel"
      accent="success"
      empty="Alle teksten die u beheert, halen hun taalniveau (of zijn nog niet gescoord)."
    >
      {items.length === 0 ? null : (
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
    </DashboardPanel>
  )
}
