import { isPortalError, PortalErrorBase } from '../errors'

/** A refusal the visitor can put right: a code to test on, its HTTP status, a Dutch message. */
export class AlertError extends PortalErrorBase {}

/** By brand, not instanceof: the production build can hold two copies of a class. */
export const isAlertError = isPortalError

export const MESSAGES = {
  invalid: 'Controleer de gegevens: niet alles is goed ingevuld.',
  email: 'Vul een geldig e-mailadres in.',
  frequency: 'Kies hoe vaak u e-mail wilt: direct, dagelijks of wekelijks.',
  unknownFilter: 'Een van de filters bestaat niet (meer). Kies de filters opnieuw op de pagina.',
  checkMail:
    'Bijna klaar: we hebben u een e-mail gestuurd. Klik op de link in die e-mail om uw aanmelding te bevestigen.',
  confirmed:
    'Uw e-mailmelding is bevestigd. U krijgt voortaan bericht over wat er nieuw is of verandert in de lijst die u volgt.',
  badToken: 'Deze link is niet (meer) geldig. Misschien is hij al gebruikt of verlopen.',
  unsubscribed: 'U bent afgemeld. U krijgt over deze filters geen e-mail meer.',
  frequencyChanged: 'Uw keuze is opgeslagen.',
  manageLinkSent:
    'Als er e-mailmeldingen bij dit adres horen, krijgt u binnen enkele minuten een e-mail met een link om ze te beheren.',
  tooLarge: 'Het verzoek is te groot.',
  unsupportedMediaType: 'Verstuur het verzoek als JSON of als formulier.',
  malformed: 'Het verzoek kon niet worden gelezen.',
} as const
