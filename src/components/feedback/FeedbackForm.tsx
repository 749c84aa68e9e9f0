import { HONEYPOT_FIELD, THANKS_ID } from '@/feedback/formPost'
import { REMARK_MAX } from '@/feedback/messages'
import type { FeedbackTarget } from '@/feedback/targets'
import { feedbackToken } from '@/feedback/token'
import { getPayload } from '@/lib/payload'
import { paths } from '@/lib/urls'

type Props = { target: FeedbackTarget; slug?: string | null }

/**
 * "Was deze pagina nuttig?" under every content page: a plain form that posts to /reactie and works
 * without JavaScript. The answer comes back as this same page with #feedback-bedankt, and CSS
 * (:target) shows the thanks, so the page itself stays one cached page for everyone.
 */
export async function FeedbackForm({ target, slug }: Props) {
  const payload = await getPayload()
  const token = feedbackToken(payload.secret, target, slug ?? '')
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
