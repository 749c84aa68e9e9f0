import { BUSY_MESSAGE } from '../errors'

/** Every sentence a registrant can see, in one place so the API, the form and the tests agree. */
export const MESSAGES = {
  confirmed: 'U bent ingeschreven. U ontvangt een bevestiging per e-mail.',
  waitlist: 'De sessie is vol. U staat op de wachtlijst en krijgt bericht zodra er een plaats vrijkomt.',
  cancelled: 'Uw inschrijving is geannuleerd. U ontvangt een bevestiging per e-mail.',
  duplicate: 'U staat al ingeschreven voor deze sessie',
  /** After the duplicate message: how to cancel or change what was booked. */
  duplicateHelp:
    'Wilt u afmelden of een andere sessie kiezen? Gebruik de link “Inschrijving annuleren” in uw bevestigingsmail en schrijf u daarna opnieuw in. Mail kwijt? Neem contact op met de aanbieder van de training.',
  waitlistFull: 'De sessie is vol en de wachtlijst ook. Kies een andere sessie of kijk later nog eens.',
  unknownSession: 'Deze sessie bestaat niet (meer). Kies een sessie uit de lijst.',
  sessionCancelled: 'Deze sessie gaat niet door. Kies een andere sessie.',
  sessionPast: 'Deze sessie is al begonnen of voorbij. Kies een andere sessie.',
  windowNotOpen: 'De inschrijving voor deze sessie is nog niet geopend.',
  windowClosed: 'De inschrijving voor deze sessie is gesloten.',
  invalidInput: 'Niet alle velden zijn goed ingevuld.',
  malformed: 'Het verzoek kon niet worden gelezen. Stuur de gegevens als JSON.',
  tooLarge: 'Het verzoek is te groot.',
  unsupportedMediaType: 'Stuur de gegevens als JSON (Content-Type: application/json).',
  invalidToken: 'Deze annuleringslink is ongeldig of al gebruikt.',
  busy: BUSY_MESSAGE,
  field: {
    session: 'Kies een sessie.',
    nameMissing: 'Vul uw naam in.',
    nameTooLong: 'Uw naam mag hoogstens 120 tekens lang zijn.',
    emailMissing: 'Vul uw e-mailadres in.',
    emailInvalid: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.',
    emailTooLong: 'Het e-mailadres mag hoogstens 254 tekens lang zijn.',
    organisationMissing: 'Vul uw organisatie in.',
    organisationTooLong: 'De naam van uw organisatie mag hoogstens 160 tekens lang zijn.',
    functionMissing: 'Vul uw functie in.',
    functionTooLong: 'Uw functie mag hoogstens 120 tekens lang zijn.',
    skjInvalid: 'Een SKJ-registratienummer bestaat uit 9 cijfers en begint met een 1. Laat het veld leeg als u het niet bij de hand hebt.',
    consent: 'Geef toestemming voor het bewaren van uw gegevens; zonder toestemming kunnen wij u niet inschrijven.',
    notText: 'Dit veld moet tekst bevatten.',
  },
} as const
