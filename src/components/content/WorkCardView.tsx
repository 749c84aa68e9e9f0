import { formatDate } from '@/lib/dates'
import { siteUrl } from '@/lib/seo'
import type { WorkCard } from '@/working-methods/work-card'

import { TableHead } from './TableHead'

/**
 * The printed work card: one A4 page with who, what, when, the steps and whom to call. Hidden on
 * screen (the page itself shows the full article); print CSS shows only this. The PDF download is
 * drawn from the same `WorkCard`.
 */
export function WorkCardView({ card }: { card: WorkCard }) {
  return (
    <section className="work-card-print print-only" aria-label={`Werkkaart: ${card.title}`}>
      <p className="work-card-print__kicker">
        Werkkaart · {card.scope}
        {card.isExample ? ' · Voorbeeld, geen vastgestelde afspraak' : ''}
      </p>
      <h2 className="work-card-print__title">{card.title}</h2>
      {card.what ? (
        <>
          <h3>Waar gaat het over</h3>
          <p>{card.what}</p>
        </>
      ) : null}
      {card.who.length ? (
        <>
          <h3>Voor wie</h3>
          <p>{card.who.join(', ')}</p>
        </>
      ) : null}
      {card.steps.length ? (
        <>
          <h3>Stappen: wie doet wat, wanneer</h3>
          <table>
            <TableHead columns={['Stap', 'Wie', 'Wat', 'Wanneer']} />
            <tbody>
              {card.steps.map((step, index) => (
                <tr key={index}>
                  <th scope="row">
                    {index + 1}. {step.title}
                  </th>
                  <td>{step.who}</td>
                  <td>{step.action}</td>
                  <td>{step.timeframe}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {card.contacts.length ? (
        <>
          <h3>Contact bij vragen</h3>
          <ul>
            {card.contacts.map((contact) => (
              <li key={contact.name}>
                <strong>{contact.name}</strong>
                {[contact.email, contact.phone, contact.hours].filter(Boolean).length
                  ? `: ${[contact.email, contact.phone, contact.hours].filter(Boolean).join(' · ')}`
                  : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="work-card-print__source">
        Actuele versie: {siteUrl()}
        {card.path}
        {card.lastReviewedAt ? ` · laatst herzien ${formatDate(card.lastReviewedAt)}` : ''}
      </p>
    </section>
  )
}
