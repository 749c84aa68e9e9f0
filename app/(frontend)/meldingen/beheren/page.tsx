import type { Metadata } from 'next'

import { MESSAGES } from '@/alerts/errors'
import { EmailField } from '@/components/alerts/EmailField'
import { FrequencyChoice } from '@/components/alerts/FrequencyChoice'
import { describeSubscription } from '@/alerts/manage'
import { getPayload } from '@/lib/payload'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'E-mailmeldingen beheren',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

const FREQUENCIES = [
  ['immediately', 'Direct bij elke nieuwe vacature'],
  ['daily', 'Eén keer per dag'],
  ['weekly', 'Eén keer per week'],
] as const

/**
 * No account: the link in every alert mail carries a manage token. Without one, the visitor asks
 * for their links by e-mail.
 */
export default async function ManageAlertsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const params = await searchParams
  const token = typeof params.token === 'string' ? params.token.slice(0, 100) : ''
  const subscription = token ? await describeSubscription(await getPayload(), token) : null
  return (
    <article>
      <h1 className="utrecht-heading-1">E-mailmeldingen beheren</h1>
      {params.bericht === 'opgeslagen' ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">{MESSAGES.frequencyChanged}</p>
        </div>
      ) : null}
      {token && !subscription ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{MESSAGES.badToken}</p>
        </div>
      ) : null}
      {subscription ? (
        <>
          <p className="utrecht-paragraph utrecht-paragraph--lead">
            U volgt: <strong>{subscription.title}</strong>
          </p>
          <form method="post" action="/meldingen/verzenden/frequentie">
            <input type="hidden" name="token" value={token} />
            <FrequencyChoice idPrefix="frequentie" options={FREQUENCIES} checked={subscription.frequency} />
            <p>
              <button className="utrecht-button utrecht-button--secondary-action" type="submit">
                Opslaan
              </button>
            </p>
          </form>
          <form method="post" action="/meldingen/verzenden/afmelden">
            <input type="hidden" name="token" value={token} />
            <p>
              <button className="utrecht-button utrecht-button--secondary-action" type="submit">
                Afmelden: geen e-mail meer
              </button>
            </p>
          </form>
        </>
      ) : (
        <form method="post" action="/meldingen/verzenden/beheerlink">
          <p className="utrecht-paragraph">
            Vul uw e-mailadres in. U krijgt per e-mailmelding een link om die te beheren of te stoppen.
          </p>
          {params.fout ? (
            <div className="utrecht-alert utrecht-alert--error" role="alert">
              <p className="utrecht-paragraph">{MESSAGES.email}</p>
            </div>
          ) : null}
          <EmailField id="beheer-email" />
          <p>
            <button className="utrecht-button utrecht-button--primary-action" type="submit">
              Stuur mij de links
            </button>
          </p>
        </form>
      )}
    </article>
  )
}
