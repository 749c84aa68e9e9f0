import type { ContactPoint } from '@/escalation/contacts'

/** One functional contact point: what it is for and how to reach it (no personal names). */
export function ContactCard({ point, headingLevel = 3 }: { point: ContactPoint; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4'
  return (
    <div className="card contact-card">
      <Heading className={`utrecht-heading-${headingLevel}`}>{point.name}</Heading>
      {point.description ? <p className="utrecht-paragraph">{point.description}</p> : null}
      <p className="card__meta">
        {point.email ? (
          <a className="utrecht-link" href={`mailto:${point.email}`}>
            {point.email}
          </a>
        ) : null}
        {point.email && point.phone ? ' · ' : null}
        {point.phone ? (
          <a className="utrecht-link" href={`tel:${point.phone.replace(/\s/g, '')}`}>
            {point.phone}
          </a>
        ) : null}
      </p>
      {point.hours ? <p className="card__meta">{point.hours}</p> : null}
    </div>
  )
}
