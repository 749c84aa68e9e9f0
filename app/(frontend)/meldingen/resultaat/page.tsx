import type { Metadata } from 'next'

import { MESSAGES } from '@/alerts/errors'

export const metadata: Metadata = { title: 'E-mailmeldingen', robots: { index: false, follow: true } }

const RESULTS: Record<string, { kind: 'ok' | 'error'; text: string }> = {
  aangemeld: { kind: 'ok', text: MESSAGES.checkMail },
  bevestigd: { kind: 'ok', text: MESSAGES.confirmed },
  afgemeld: { kind: 'ok', text: MESSAGES.unsubscribed },
  beheerlink: { kind: 'ok', text: MESSAGES.manageLinkSent },
  ongeldig: { kind: 'error', text: MESSAGES.badToken },
  fout: { kind: 'error', text: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' },
}

export default async function AlertResultPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { bericht } = await searchParams
  const result = (typeof bericht === 'string' && RESULTS[bericht]) || RESULTS.fout
  return (
    <article>
      <h1 className="utrecht-heading-1">E-mailmeldingen</h1>
      <div className={`utrecht-alert utrecht-alert--${result.kind}`} role={result.kind === 'ok' ? 'status' : 'alert'}>
        <p className="utrecht-paragraph">{result.text}</p>
      </div>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/vacatures">
          Naar de vacatures
        </a>
      </p>
    </article>
  )
}
