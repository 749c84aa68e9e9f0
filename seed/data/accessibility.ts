import type { RequiredDataFromCollectionSlug } from 'payload'

import { formatDate } from '../../src/lib/dates'
import { bold, callout, h2, h3, link, p, richText, ul } from '../../src/lexical/build'
import { paths } from '../../src/lib/urls'
import type { SeedContext } from '../lib/context'
import { review, source } from '../lib/review'

/** Where accessibility problems can be reported by mail, besides the form under every page. */
export const ACCESSIBILITY_MAILBOX = 'portaal@example.org'

/**
 * The portal's own accessibility statement (toegankelijkheidsverklaring), laid out as Dutch
 * government sites do: status, standard, date, how it was tested, known problems, how to report
 * a problem and how long an answer takes, and where to go when that does not help.
 */
export function accessibilityStatementDoc(ctx: SeedContext): RequiredDataFromCollectionSlug<'pages'> {
  const date = formatDate(ctx.now.toISOString())
  return {
    title: 'Toegankelijkheidsverklaring',
    slug: 'toegankelijkheidsverklaring',
    summary:
      'Hoe toegankelijk dit portaal is, hoe dat is getest, welke problemen we kennen en hoe u een probleem meldt.',
    body: richText(
      p(
        'De partners achter het Kennisportaal Jeugdbescherming Gelderland willen dat iedereen het portaal kan gebruiken: ook wie slecht ziet, een schermlezer gebruikt, alleen met het toetsenbord werkt of het portaal op een telefoon opent. ',
        'Dit is de eigen verklaring van het portaal, opgesteld door het projectbureau.',
      ),
      h2('Status'),
      ul(
        [bold('Website: '), 'Kennisportaal Jeugdbescherming Gelderland (de publieke pagina’s).'],
        [bold('Norm: '), 'WCAG 2.1 op niveau AA, zoals de Europese norm EN 301 549 die voorschrijft.'],
        [bold('Status: '), 'voldoet gedeeltelijk. Hieronder staat wat nog niet voldoet en wat we daaraan doen.'],
        [bold('Datum van deze verklaring: '), `${date}.`],
      ),
      h2('Hoe we het hebben getest'),
      ul(
        'Bij elke wijziging van de software controleren automatische tests in een echte browser alle soorten pagina’s met axe-core op de regels van WCAG 2.1 A en AA.',
        'Dezelfde tests openen de pagina’s op de breedte van een telefoon (390 pixels) en controleren dat er niets buiten het scherm valt.',
        'Formulieren, zoals inschrijven voor een training en deze reactiemogelijkheid, zijn getest zonder JavaScript en met alleen het toetsenbord.',
        'Een volledig onderzoek door een onafhankelijke deskundige is nog niet gedaan. Dat staat gepland voordat het portaal buiten de demo-omgeving in gebruik gaat.',
      ),
      h2('Bekende problemen'),
      ul(
        [
          bold('Documenten van partners. '),
          'Een deel van de PDF-bestanden die partners aanleveren is niet goed voorgelezen door een schermlezer. De inhoud staat zoveel mogelijk ook als tekst op de pagina; vraag gerust een toegankelijke versie aan.',
        ],
        [
          bold('Grafieken in de monitor. '),
          'De grafieken zelf zijn voor een schermlezer niet te lezen. Naast elke grafiek staat daarom een tabel met dezelfde cijfers.',
        ],
        [
          bold('Het beheergedeelte. '),
          'Het deel waar redacteuren teksten bewerken is nog niet op dezelfde manier getest als de publieke pagina’s.',
        ],
      ),
      h2('Een probleem melden'),
      p(
        'Loopt u ergens tegenaan? Laat het ons weten met het formulier "Was deze pagina nuttig?" onder aan elke pagina, of mail naar ',
        link(ACCESSIBILITY_MAILBOX, `mailto:${ACCESSIBILITY_MAILBOX}`),
        '. Vermeld de pagina en wat er misging. Wilt u antwoord, geef dan uw e-mailadres op.',
      ),
      h3('Wanneer u antwoord krijgt'),
      ul(
        'Binnen vijf werkdagen laten we weten dat we uw melding hebben ontvangen en wie hem oppakt.',
        'Binnen drie weken hoort u wat we doen: het probleem oplossen, of een andere manier bieden om bij de informatie te komen.',
      ),
      h2('Niet tevreden?'),
      p(
        'Bent u niet tevreden over hoe we uw melding hebben behandeld, of krijgt u geen antwoord? Dan kunt u een klacht indienen bij de ',
        link('Nationale ombudsman', 'https://www.nationaleombudsman.nl', true),
        '. Doet de melding zich voor bij een gemeente, dan kunt u ook bij de ombudsman van die gemeente terecht.',
      ),
      callout({
        variant: 'info',
        title: 'Demo-omgeving',
        text: 'Het e-mailadres op deze pagina is een voorbeeldadres van de demo-omgeving. Het echte adres wordt vastgesteld voordat het portaal in gebruik gaat.',
      }),
      p('Zie ook: ', link('Privacy', paths.page('privacy')), ' en ', link('Over dit portaal', paths.page('over-dit-portaal')), '.'),
    ),
    sources: [source('besluit', 'Eigen verklaring van het portaal, opgesteld door het projectbureau')],
    ...review(ctx.now, { reviewedDaysAgo: 0, cycleDays: 365, notes: [[0, 'Verklaring opgesteld.']] }),
    isExample: false,
  }
}
