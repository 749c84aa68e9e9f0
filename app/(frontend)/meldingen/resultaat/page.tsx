import type { Metadata } from 'next'

import { MESSAGES } from '@/alerts/errors'
import { type Outcome, ResultNotice } from '@/components/content/ResultNotice'

export const metadata: Metadata = { title: 'E-mailmeldingen', robots: { index: false, follow: true } }

const RESULTS: Record<string, Outcome> = {
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
  return <ResultNotice title="E-mailmeldingen" outcome={result} back={{ href: '/vacatures', label: 'Naar de vacatures' }} />
}
