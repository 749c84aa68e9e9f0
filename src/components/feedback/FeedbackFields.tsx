'use client'

import { HONEYPOT_FIELD, REMARK_MAX, THANKS_ID } from '@/feedback/messages'
import type { FeedbackTarget } from '@/feedback/targets'
import { paths } from '@/lib/urls'

type Props = { target: FeedbackTarget; slug?: string | null; token: string }

/**
 * The markup of "Was deze pagina nuttig?" (see FeedbackForm). A client component only so that a
 * page carries its three props in the React payload instead of the whole form a second time: the
 * form is the same on every content page, and the HTML is rendered on the server all the same.
 */
export function FeedbackFields({ target, slug, token }: Props) {
  return (
    <section className="feedback" id="feedback" aria-labelledby="feedback-titel">
      <h2 className="utrecht-heading-2 feedback__title" id="feedback-titel">
        Was deze pagina nuttig?
      </h2>
      <p className="utrecht-paragraph feedback__thanks" id={THANKS_ID} role="status" tabIndex={-1}>
        Bedankt voor uw reactie. Een opmerking gaat naar de eigenaar van deze pagina.
      </p>
      <form className="feedback__form" method="post" action={paths.feedback}>
        <input type="hidden" name="doel" value={target} />
        {slug ? <input type="hidden" name="slug" value={slug} /> : null}
        <input type="hidden" name="token" value={token} />
        <fieldset className="utrecht-form-fieldset feedback__choice">
          <legend className="utrecht-form-fieldset__legend">Uw antwoord</legend>
          <span className="feedback__option">
            <input className="utrecht-radio-button" type="radio" id="feedback-ja" name="nuttig" value="ja" />
            <label className="utrecht-form-label utrecht-form-label--radio-button" htmlFor="feedback-ja">
              Ja
            </label>
          </span>
          <span className="feedback__option">
            <input className="utrecht-radio-button" type="radio" id="feedback-nee" name="nuttig" value="nee" />
            <label className="utrecht-form-label utrecht-form-label--radio-button" htmlFor="feedback-nee">
              Nee
            </label>
          </span>
        </fieldset>
        <div className="utrecht-form-field feedback__field">
          <label className="utrecht-form-label" htmlFor="feedback-opmerking">
            Opmerking (niet verplicht)
          </label>
          <p className="utrecht-form-field-description" id="feedback-opmerking-uitleg">
            Wat mist u, of wat klopt er niet? Noem geen namen of gegevens van kinderen, ouders of cliënten.
          </p>
          <textarea
            className="utrecht-textarea"
            id="feedback-opmerking"
            name="opmerking"
            rows={4}
            maxLength={REMARK_MAX}
            aria-describedby="feedback-opmerking-uitleg"
          />
        </div>
        <div className="utrecht-form-field feedback__field">
          <label className="utrecht-form-label" htmlFor="feedback-email">
            Uw e-mailadres, als u een antwoord wilt (niet verplicht)
          </label>
          <input className="utrecht-textbox" id="feedback-email" name="email" type="email" autoComplete="email" maxLength={254} />
        </div>
        <div className="feedback__trap" aria-hidden="true">
          <label htmlFor="feedback-website">Laat dit veld leeg</label>
          <input id="feedback-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button className="utrecht-button utrecht-button--secondary-action" type="submit">
          Verstuur
        </button>
      </form>
    </section>
  )
}
