/** What a form post came to, as the page after its redirect says it. */
export type Outcome = { kind: 'ok' | 'error'; text: string }

type Props = { title: string; outcome: Outcome; back: { href: string; label: string } }

/**
 * The page a form without JavaScript lands on: the outcome as a status (good news) or an alert
 * (something to act on), and the way back.
 */
export function ResultNotice({ title, outcome, back }: Props) {
  return (
    <article>
      <h1 className="utrecht-heading-1">{title}</h1>
      <div className={`utrecht-alert utrecht-alert--${outcome.kind}`} role={outcome.kind === 'ok' ? 'status' : 'alert'}>
        <p className="utrecht-paragraph">{outcome.text}</p>
      </div>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={back.href}>
          {back.label}
        </a>
      </p>
    </article>
  )
}
