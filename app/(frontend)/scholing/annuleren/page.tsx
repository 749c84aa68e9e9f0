import type { Metadata } from 'next'

import { type Outcome, ResultNotice } from '@/components/content/ResultNotice'
import { formatDateTime } from '@/lib/dates'
import { getPayload } from '@/lib/payload'
import { previewCancellation } from '@/registrations/cancel'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Inschrijving annuleren',
  // The address holds a cancel token: keep it out of search engines and out of Referer headers.
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

type Args = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const RESULTS: Record<string, Outcome> = {
  geannuleerd: { kind: 'ok', text: 'Uw inschrijving is geannuleerd. U ontvangt een bevestiging per e-mail. Staat er iemand op de wachtlijst, dan krijgt die uw plaats.' },
  ongeldig: { kind: 'error', text: 'Deze annuleringslink is ongeldig of al gebruikt. Uw inschrijving is niet gewijzigd.' },
  fout: { kind: 'error', text: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' },
}

/**
 * The page behind the link in the mails. Opening it changes nothing (mail scanners open links);
 * the button posts the token to /api/registrations/cancel, which redirects back with the result.
 */
export default async function CancelPage({ searchParams }: Args) {
  const params = await searchParams
  const result = typeof params.resultaat === 'string' ? RESULTS[params.resultaat] : undefined
  if (result) {
    return <ResultNotice title="Inschrijving annuleren" outcome={result} back={{ href: '/scholing', label: 'Naar het scholingsaanbod' }} />
  }

  const token = typeof params.token === 'string' ? params.token : ''
  const preview = await previewCancellation(await getPayload(), token)
  return (
    <article>
      <h1 className="utrecht-heading-1">Inschrijving annuleren</h1>
      {preview ? (
        <>
          <p className="utrecht-paragraph">
            Wilt u uw inschrijving annuleren voor <strong>{preview.training}</strong>, {preview.session}, op{' '}
            <time dateTime={preview.startsAt}>{formatDateTime(preview.startsAt)}</time>?
          </p>
          <form method="post" action="/api/registrations/cancel">
            <input type="hidden" name="token" value={token} />
            <button className="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">
              Ja, annuleer mijn inschrijving
            </button>
          </form>
          <p className="utrecht-paragraph">Toch wel komen? Dan hoeft u niets te doen.</p>
        </>
      ) : (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{RESULTS.ongeldig.text}</p>
        </div>
      )}
    </article>
  )
}
