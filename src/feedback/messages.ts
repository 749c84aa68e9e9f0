/** What a reader is told about their feedback, in one place (the tests read them from here too). */
export const FEEDBACK_MESSAGES = {
  thanks: 'Bedankt voor uw reactie.',
  empty: 'Kies ja of nee, of schrijf een opmerking. Er is niets verstuurd.',
  helpful: 'Kies ja of nee.',
  remarkTooLong: 'Uw opmerking is te lang: schrijf ten hoogste 2000 tekens.',
  email: 'Dit e-mailadres klopt niet. Vul een adres in zoals naam@organisatie.nl, of laat het veld leeg.',
  unknownPage: 'Deze pagina bestaat niet (meer). Uw reactie is niet verstuurd.',
  invalidForm: 'Het formulier is onvolledig of verlopen. Laad de pagina opnieuw en verstuur uw reactie nog eens.',
  tooFast: 'Uw reactie kwam te snel na het openen van de pagina. Wacht een paar seconden en verstuur hem opnieuw.',
  crossSite: 'Dit formulier kan alleen via deze site worden verstuurd.',
  mediaType: 'Verstuur uw reactie met het formulier onder aan de pagina.',
  tooLarge: 'Uw reactie is te groot. Schrijf ten hoogste 2000 tekens.',
} as const

/** The longest remark that is stored; a bound on what an anonymous reader can make us keep and mail. */
export const REMARK_MAX = 2000

/** The largest form post that is read at all (remark, address, token and a few short fields). */
export const FEEDBACK_BODY_MAX = 12 * 1024

/** The element on every content page that shows the thanks when it is the URL's fragment (CSS :target). */
export const THANKS_ID = 'feedback-bedankt'

/** The honeypot: a field people never see or fill in; a post that fills it is thanked and dropped. */
export const HONEYPOT_FIELD = 'website'
