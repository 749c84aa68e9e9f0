import type { ContactPoint } from '@/escalation/contacts'

import { ContactLinks } from './ContactLinks'

/** One functional contact point: what it is for and how to reach it (no personal names). */
export function ContactCard({ point, headingLevel = 3 }: { point: ContactPoint; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4'
  return (
    <div className="card contact-card">
      <Heading className={`utrecht-heading-${headingLevel}`}>{point.name}</Heading>
      {point.description ? <p className="utrecht-paragraph">{point.description}</p> : null}
      <p className="card__meta">
        <ContactLinks email={point.email} phone={point.phone} />
      </p>
      {point.hours ? <p className="card__meta">{point.hours}</p> : null}
    </div>
  )
}
