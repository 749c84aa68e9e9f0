import { callout, h2, p, richText, steps, ul } from '../../src/lexical/build'
import type { SeedContext } from '../lib/context'
import { review, source } from '../lib/review'

/**
 * Building block 6. When to escalate comes from the sources; the levels, who, to whom and the
 * terms do not (they are in a PDF outside the sources), so they are an example and the global is
 * marked as one. The body's steps block repeats the levels, so it is built from the same list.
 */
export const ESCALATION_LEVELS = [
  {
    title: 'Trede 1: professionals onderling',
    who: 'De professional die de stagnatie ervaart',
    to: 'De betrokken professional van de andere organisatie',
    withinWorkingDays: 2,
    expectedOutcome:
      'Een gesprek waarin beiden hun zorg en hun standpunt toelichten, met een gezamenlijke afspraak over de volgende stap, of een vastgelegd verschil van inzicht.',
    question:
      'Heeft u het verschil van inzicht al rechtstreeks met de andere professional besproken, zonder dat u er samen uitkwam?',
    contact: 'De andere professional zelf',
  },
  {
    title: 'Trede 2: leidinggevenden',
    who: 'De professional, via de eigen leidinggevende',
    to: 'De leidinggevende van de andere organisatie',
    withinWorkingDays: 3,
    expectedOutcome:
      'De leidinggevenden komen tot een besluit over de aanpak en laten beide professionals weten wat er van hen wordt verwacht.',
    question: 'Hebben de leidinggevenden van beide organisaties er al samen over gesproken, zonder oplossing?',
    contact: 'Uw eigen leidinggevende',
  },
  {
    title: 'Trede 3: management',
    who: 'De leidinggevende',
    to: 'Het management (manager of regiodirecteur) van beide organisaties',
    withinWorkingDays: 5,
    expectedOutcome: 'Een bindend besluit over de casus, vastgelegd en teruggekoppeld aan de professionals.',
    question: 'Heeft het management van de organisaties de kwestie al besproken, zonder dat er een besluit kwam?',
    contact: 'Het escalatiepunt van uw regio',
  },
  {
    title: 'Trede 4: bestuur',
    who: 'Het management',
    to: 'De bestuurders van de betrokken organisaties en zo nodig de gemeente',
    withinWorkingDays: 5,
    expectedOutcome:
      'Een besluit op bestuurlijk niveau, en een afspraak om de oorzaak van het vastlopen structureel aan te pakken.',
    question: 'Is de kwestie al aan de bestuurders voorgelegd, zonder dat er een besluit kwam?',
    contact: 'Het escalatiepunt van uw regio',
  },
]

export function escalationModelData(ctx: SeedContext) {
  return {
    title: 'Escalatiemodel bij stagnerende samenwerking',
    slug: 'escalatiemodel',
    summary:
      'Als u er met een professional van een andere organisatie niet uitkomt terwijl de veiligheid van een kind in het geding is: zo schaalt u op, trede voor trede.',
    criteria: [
      {
        title: 'U verschilt van visie op wat er in het gezin gebeurt',
        description:
          'Een professioneel dilemma: u en een collega van een andere organisatie schatten de ontwikkelingen of de veiligheid verschillend in, en het gesprek brengt u niet dichter bij elkaar.',
      },
      {
        title: 'De samenwerking loopt niet volgens de afspraken',
        description:
          'Afspraken over wie wat doet, over informatie delen of over termijnen worden niet nagekomen, en dat raakt de veiligheid.',
      },
      {
        title: 'Het handelen van een professional is nalatig of zorgwekkend',
        description: 'U maakt zich zorgen over hoe een uitvoerend professional handelt, of over wat er níet gebeurt.',
      },
    ],
    levels: ESCALATION_LEVELS,
    principles: [
      {
        title: 'De veiligheid van het kind gaat voor',
        description:
          'Escaleren is geen reden om te wachten. Is een kind acuut onveilig, handel dan eerst en escaleer daarna.',
      },
      {
        title: 'Het werk met het gezin gaat door',
        description:
          'Tijdens een escalatie blijft iedereen zijn deel doen. Het gezin merkt zo min mogelijk van het verschil van inzicht.',
      },
      {
        title: 'Eerst zelf in gesprek',
        description:
          'Professionals vinden meestal samen een oplossing. Het model is er voor als dat niet lukt, niet om het gesprek over te slaan.',
      },
      {
        title: 'Transparant naar het gezin',
        description: 'Ouders horen dat de professionals het niet eens zijn en wat er wordt gedaan om dat op te lossen.',
      },
      {
        title: 'Leren van elke escalatie',
        description: 'Na afloop bespreken de betrokken organisaties wat de samenwerking kan verbeteren.',
      },
    ],
    body: richText(
      h2('Waarom een escalatiemodel'),
      p(
        'Bij zorgen over huiselijk geweld of kindermishandeling zijn bijna altijd professionals van meerdere organisaties betrokken. ',
        'Meestal lossen zij verschillen samen op. Lukt dat niet, dan moet iedereen weten welke stappen er zijn: daarvoor is dit model, gedragen door de GI’s, Veilig Thuis, de Raad en de lokale teams en gemeenten.',
      ),
      h2('In het kort'),
      steps(
        ESCALATION_LEVELS.map((level) => ({
          title: level.title,
          who: `${level.who}, naar ${level.to.charAt(0).toLowerCase()}${level.to.slice(1)}`,
          timeframe: `Binnen ${level.withinWorkingDays} werkdagen`,
        })),
      ),
      h2('Hoe u het gebruikt'),
      ul(
        'Kijk eerst of uw situatie bij een van de criteria past.',
        'Begin bij trede 1, ook als de druk hoog is.',
        'Leg bij elke trede vast wat er is besproken en besloten.',
        'Ga naar de volgende trede als de termijn verstrijkt zonder oplossing.',
      ),
      callout({
        variant: 'let-op',
        title: 'Voorbeeld',
        text: 'De treden, termijnen en rollen op deze pagina zijn een voorbeeld. Het vastgestelde Gelderse escalatiemodel staat in een document dat nog niet in het portaal is opgenomen.',
      }),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Bouwsteen 6: uitgangspunt en status'),
      source('gvjb-website', 'Drie situaties waarin het model wordt gebruikt'),
      source('voorbeeld', 'Treden, termijnen en rollen'),
    ],
    ...review(ctx.now, {
      reviewedDaysAgo: 45,
      cycleDays: 180,
      notes: [
        [45, 'Uitgangspunt "transparant naar het gezin" toegevoegd.'],
        [200, 'Voorbeeldtreden en -termijnen geplaatst, in afwachting van het vastgestelde model.'],
      ],
    }),
    isExample: true,
    _status: 'published' as const,
  }
}
