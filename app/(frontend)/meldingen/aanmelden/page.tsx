import type { Metadata } from 'next'

import { describeSignup, SIGNUP_TEXT } from '@/alerts/describe'
import { MESSAGES } from '@/alerts/errors'
import { EmailField } from '@/components/alerts/EmailField'
import { FrequencyChoice } from '@/components/alerts/FrequencyChoice'
import { Breadcrumbs } from '@/components/layout/Breadcrumbs'
import type { SearchParams } from '@/lib/finder'
import { getPayload } from '@/lib/payload'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'E-mailmelding aanvragen', robots: { index: false, follow: true } }

const ERRORS: Record<string, string> = {
  email: MESSAGES.email,
  frequency: MESSAGES.frequency,
  filter: MESSAGES.unknownFilter,
  invoer: MESSAGES.invalid,
}

/** Sign up for e-mail about the finder view the visitor came from (`lijst` and its filters are in the URL). */
export default async function AlertSignupPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams
  const view = await describeSignup(await getPayload(), params)
  const text = SIGNUP_TEXT[view.finder]
  const error = typeof params.fout === 'string' ? (ERRORS[params.fout] ?? MESSAGES.invalid) : null
  return (
    <article>
      <Breadcrumbs items={[{ label: text.listLabel, href: text.listPath }, { label: text.heading }]} />
      <h1 className="utrecht-heading-1">Ontvang {text.heading.charAt(0).toLowerCase() + text.heading.slice(1)}</h1>
      {'error' in view ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">
            {view.error}{' '}
            <a className="utrecht-link" href={text.listPath}>
              Naar {text.listLabel.toLowerCase()}
            </a>
          </p>
        </div>
      ) : (
        <>
          <p className="utrecht-paragraph utrecht-paragraph--lead">
            U volgt: <strong>{view.title}</strong>
          </p>
          {error ? (
            <div className="utrecht-alert utrecht-alert--error" role="alert">
              <p className="utrecht-paragraph">{error}</p>
            </div>
          ) : null}
          <form method="post" action="/meldingen/verzenden/aanmelden" className="form-stack">
            <input type="hidden" name="lijst" value={view.finder} />
            {view.hidden.map(([name, value]) => (
              <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
            ))}
            <EmailField id="melding-email" invalid={params.fout === 'email'} />
            <FrequencyChoice
              idPrefix="melding"
              options={[
                ['immediately', text.immediately],
                ['daily', 'Eén keer per dag (’s ochtends)'],
                ['weekly', 'Eén keer per week (maandag)'],
              ]}
              checked="daily"
            />
            <p className="utrecht-paragraph">
              U krijgt eerst een e-mail om uw aanmelding te bevestigen. We bewaren alleen uw e-mailadres en deze
              filters; zonder bevestiging wissen we ze na 7 dagen. Afmelden kan met één klik onder elke e-mail.
            </p>
            <p>
              <button className="utrecht-button utrecht-button--primary-action" type="submit">
                Aanmelden
              </button>
            </p>
          </form>
        </>
      )}
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href="/meldingen/beheren">
          Uw e-mailmeldingen beheren
        </a>
      </p>
    </article>
  )
}
