import type { RequiredDataFromCollectionSlug } from 'payload'

import { bold, callout, h2, h3, link, p, richText, ul } from '../../src/lexical/build'
import { SOURCE_DOCUMENTS } from '../../src/fields/sources'
import type { SeedContext } from '../lib/context'
import { review, source } from '../lib/review'
import { accessibilityStatementDoc } from './accessibility'
import { agendaPageDocs } from './agendaPages'

/** Standing pages: what the portal is, how examples and sources are marked, and privacy. */
export function pageDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'pages'>[] {
  return [
    ...agendaPageDocs(ctx),
    {
      title: 'Over dit portaal',
      slug: 'over-dit-portaal',
      summary: 'Waarom dit portaal er is, voor wie, en wie de inhoud bijhoudt.',
      body: richText(
        h2('Waarom dit portaal'),
        p(
          'In 2020 stelden de Gelderse organisaties voor veiligheid en bescherming en de zeven jeugdhulpregio’s samen de Gelderse Verbeteragenda Jeugdbescherming op, na het inspectierapport "Kwetsbare kinderen onvoldoende beschermd". ',
          'Wat zij sindsdien hebben afgesproken, staat hier bij elkaar: de visie, de acht bouwstenen, de werkwijzen en het escalatiemodel. Hoe de agenda is opgebouwd, leest u op ',
          link('De Verbeteragenda: contracteren en samenwerken', '/paginas/verbeteragenda'),
          '.',
        ),
        h2('Voor wie'),
        ul(
          [
            bold('Professionals '),
            'van lokale teams, gecertificeerde instellingen, Veilig Thuis, de Raad, huisartsen en scholen, die snel een werkwijze, een term of het contactpunt van hun regio zoeken.',
          ],
          [bold('Regio’s en partners '), 'die hun afspraken, toekomsttuinen, trainingen en vacatures hier delen.'],
        ),
        h2('Wie houdt het bij'),
        p(
          'Het projectbureau houdt de gezamenlijke teksten bij. Elke regio heeft een eigen regioredacteur voor de regionale afspraken en cijfers. ',
          'Elke pagina toont wanneer hij voor het laatst is herzien en wat er veranderde.',
        ),
        callout({
          variant: 'veiligheid',
          title: 'Zorgen over een kind?',
          text: 'Dit portaal is een naslagwerk, geen meldpunt. Bel bij zorgen over huiselijk geweld of kindermishandeling Veilig Thuis: 0800-2000, dag en nacht. Bij direct gevaar: 112.',
        }),
        p(
          'Hoe voorbeeldinhoud en bronnen worden aangegeven, leest u op ',
          link('Voorbeeldinhoud en bronnen', '/paginas/voorbeeldinhoud-en-bronnen'),
          '.',
        ),
      ),
      sources: [
        source('gvjb-voortgang-2021', 'Aanleiding en partners van de Verbeteragenda'),
        source('gvjb-website', 'Ontstaan in april 2020'),
      ],
      ...review(ctx.now, { reviewedDaysAgo: 30, notes: [[30, 'Tekst over de regioredacteuren toegevoegd.']] }),
      isExample: false,
    },
    {
      title: 'Voorbeeldinhoud en bronnen',
      slug: 'voorbeeldinhoud-en-bronnen',
      summary:
        'Welke teksten op vastgestelde afspraken rusten, welke een voorbeeld zijn, en op welke documenten ze zijn gebaseerd.',
      body: richText(
        h2('Voorbeeld of afspraak'),
        p(
          'Een deel van de inhoud van dit portaal is een voorbeeld: de treden en termijnen van het escalatiemodel, de lokale afspraken en toekomsttuinen per regio, de cijfers in de monitor, de trainingen en de vacatures. ',
          'De brondocumenten beschrijven die nog niet. Zulke pagina’s dragen het label "Voorbeeld".',
        ),
        callout({
          variant: 'let-op',
          title: 'Een voorbeeld is geen afspraak',
          text: 'Volg bij een pagina met het label "Voorbeeld" de afspraken van uw eigen organisatie en regio.',
        }),
        h2('De brondocumenten'),
        p('Bij elke pagina staat op welk document de tekst rust. Het portaal gebruikt deze bronnen:'),
        ul(...SOURCE_DOCUMENTS.filter((s) => s.value !== 'besluit' && s.value !== 'voorbeeld').map((s) => s.label)),
        h3('Historische en andere regio’s'),
        p(
          'Het Drentse beleidskader uit 2012 dateert van vóór de Jeugdwet en dient alleen als achtergrond, bijvoorbeeld voor de uitleg van begrippen. ',
          'De gemeenschappelijke visie van de Noord-Hollandse regio’s is een voorbeeld uit een andere provincie; het portaal noemt het zo als het eruit put.',
        ),
      ),
      sources: [
        source('gvjb-voortgang-2021'),
        source('drenthe-2012', 'Historisch kader'),
        source('visie-noord-holland', 'Voorbeeld uit een andere provincie'),
      ],
      ...review(ctx.now, { reviewedDaysAgo: 30, notes: [[30, 'Pagina geplaatst.']] }),
      isExample: false,
    },
    {
      title: 'Privacy',
      slug: 'privacy',
      summary:
        'Welke persoonsgegevens het portaal bewaart, waarvoor en hoe lang. Gegevens over gezinnen of cliënten komen er nooit in.',
      body: richText(
        h2('Geen gegevens over gezinnen'),
        p(
          'In dit portaal staan geen gegevens over kinderen, gezinnen of casussen. Zet ze er ook niet in, ook niet in een vrij tekstveld of een bijlage.',
        ),
        h2('Welke persoonsgegevens wel'),
        h3('Accounts'),
        ul(
          [bold('Wat: '), 'naam, e-mailadres, rol en zo nodig uw regio of organisatie.'],
          [bold('Waarvoor: '), 'om in te loggen en alleen de inhoud te bewerken waarvoor u bevoegd bent.'],
          [
            bold('Hoe lang: '),
            'zolang u het account nodig hebt. De beheerder verwijdert het als uw organisatie meldt dat u vertrekt, en ruimt eens per jaar accounts op die een jaar niet zijn gebruikt.',
          ],
        ),
        h3('Inschrijvingen voor trainingen'),
        ul(
          [bold('Wat: '), 'naam, e-mailadres, organisatie en functie.'],
          [
            bold('Waarvoor: '),
            'om de training te organiseren, u te berichten over wijzigingen of een afgelaste sessie, en uw aanwezigheid vast te leggen voor accreditatiepunten.',
          ],
          [
            bold('Hoe lang: '),
            'tot twaalf maanden na de sessie. Daarna worden naam, e-mailadres, organisatie en functie gewist; de inschrijving blijft zonder die gegevens staan, zodat de aantallen per sessie kloppen.',
          ],
          [bold('Wie ziet het: '), 'de trainers van de training en de beheerders, anders niemand.'],
        ),
        h3('E-mailberichten'),
        ul(
          [bold('Wat: '), 'uw e-mailadres en de onderwerpen die u kiest.'],
          [
            bold('Waarvoor: '),
            'als u zich daarvoor aanmeldt: berichten over nieuwe trainingen, vacatures of gewijzigde afspraken.',
          ],
          [
            bold('Hoe lang: '),
            'tot u zich afmeldt; de link staat onder elk bericht. Na afmelden wissen wij uw adres direct.',
          ],
        ),
        h2('Uw rechten'),
        p('U kunt uw gegevens inzien, laten verbeteren of laten wissen. Mail daarvoor naar privacy@example.org.'),
        h3('Reacties van lezers'),
        ul(
          [bold('Wat: '), 'uw antwoord op "Was deze pagina nuttig?", uw opmerking en, alleen als u antwoord wilt, uw e-mailadres. Geen IP-adres en geen gegevens over uw browser.'],
          [bold('Waarvoor: '), 'om de pagina te verbeteren; de eigenaar van de pagina krijgt uw opmerking per e-mail.'],
          [bold('Wie ziet het: '), 'de redacteuren van het projectbureau en de eigenaar van de pagina.'],
        ),
        callout({
          variant: 'info',
          title: 'Voorbeeldtekst',
          text: 'Deze privacytekst is een voorbeeld in de demo-omgeving. De verwerkingsverantwoordelijke en het echte contactadres worden vastgesteld voordat het portaal in gebruik gaat.',
        }),
      ),
      sources: [
        source('besluit', 'Bewaartermijnen van het portaal'),
        source('voorbeeld', 'Privacytekst voor de demo-omgeving'),
      ],
      ...review(ctx.now, {
        reviewedDaysAgo: 14,
        cycleDays: 365,
        notes: [[14, 'Bewaartermijn inschrijvingen vastgelegd op twaalf maanden na de sessie.']],
      }),
      isExample: true,
    },
    accessibilityStatementDoc(ctx),
  ]
}
