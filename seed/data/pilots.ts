import type { RequiredDataFromCollectionSlug } from 'payload'

import { callout, h2, p, richText, ul } from '../../src/lexical/build'
import { idOf, type SeedContext } from '../lib/context'
import { addDays, dayOnly, iso } from '../lib/dates'
import { review, source } from '../lib/review'
import { REGIONS } from './regions'
import { regionInText } from '../../src/regions/region-in-text'

type PilotStatus = RequiredDataFromCollectionSlug<'pilots'>['pilotStatus']

type PilotSeed = {
  region: string
  title: string
  slug: string
  municipalities: string[]
  status: PilotStatus
  /** Start relative to the seed run, in days (negative: in the past). */
  startDays: number
  durationDays: number
  focus: string
  approach: string
  results: { label: string; value: number; unit: string; note?: string }[]
  lessons: string[]
}

/**
 * One toekomsttuin (pilot of the team model, building block 3) per region. The sources say pilots
 * are set up "in the Gelderland regions" but name no places, periods or results: all examples.
 */
const PILOTS: PilotSeed[] = [
  {
    region: 'achterhoek',
    title: 'Toekomsttuin Achterhoek: één team vanaf de melding',
    slug: 'toekomsttuin-achterhoek',
    municipalities: ['Doetinchem', 'Oude IJsselstreek'],
    status: 'lopend',
    startDays: -300,
    durationDays: 730,
    focus: 'gezinnen die na een melding bij Veilig Thuis al hulp van het lokale team krijgen',
    approach:
      'Na een melding vormen Veilig Thuis, het lokale team en een jeugdbeschermer meteen één team rond het gezin. Zij voeren samen het eerste gesprek en maken één veiligheidsplan.',
    results: [
      { label: 'Gezinnen in de toekomsttuin', value: 46, unit: 'gezinnen' },
      {
        label: 'Overdrachten per gezin, gemiddeld',
        value: 1.2,
        unit: 'overdrachten',
        note: 'Was 3,1 in de vergelijkingsgroep',
      },
      { label: 'Gezinnen zonder maatregel na een jaar', value: 71, unit: 'procent' },
    ],
    lessons: [
      'Eén gezamenlijk eerste gesprek scheelt het gezin veel herhaling.',
      'Het team heeft een vaste overlegtijd per week nodig; ad hoc afstemmen werkt niet.',
    ],
  },
  {
    region: 'centraal-gelderland',
    title: 'Toekomsttuin Arnhem: jeugdbeschermer in het wijkteam',
    slug: 'toekomsttuin-arnhem',
    municipalities: ['Arnhem'],
    status: 'lopend',
    startDays: -420,
    durationDays: 900,
    focus: 'gezinnen in twee Arnhemse wijken waar het wijkteam zich zorgen maakt over de veiligheid',
    approach:
      'Twee jeugdbeschermers werken twee dagen per week vanuit het wijkteam. Zij schuiven aan bij casusoverleggen en gaan mee op huisbezoek als het wijkteam twijfelt.',
    results: [
      { label: 'Consultaties door de jeugdbeschermers', value: 138, unit: 'consultaties' },
      {
        label: 'Verzoeken tot onderzoek bij de Raad',
        value: 9,
        unit: 'verzoeken',
        note: 'In de wijken ervoor ongeveer 15 per jaar',
      },
      { label: 'Rapportcijfer van het wijkteam voor de samenwerking', value: 8.1, unit: 'op een schaal van 10' },
    ],
    lessons: [
      'Fysiek aanwezig zijn verlaagt de drempel om te consulteren sterk.',
      'Maak vooraf afspraken over wie het dossier bijhoudt.',
    ],
  },
  {
    region: 'foodvalley',
    title: 'Toekomsttuin Ede: samen optrekken bij drang',
    slug: 'toekomsttuin-ede',
    municipalities: ['Ede'],
    status: 'afgerond',
    startDays: -800,
    durationDays: 540,
    focus: 'gezinnen waarin ouders hulp afhouden terwijl de zorgen blijven',
    approach:
      'Lokaal team en GI werken bij drang samen in één plan met duidelijke afspraken over wat er gebeurt als het niet lukt. De Raad denkt mee op afroep.',
    results: [
      { label: 'Gezinnen begeleid', value: 31, unit: 'gezinnen' },
      { label: 'Toch een maatregel nodig', value: 7, unit: 'gezinnen' },
      { label: 'Gemiddelde duur van het traject', value: 7.5, unit: 'maanden' },
    ],
    lessons: [
      'Duidelijkheid over de volgende stap helpt ouders meer dan een vrijblijvend aanbod.',
      'Drang vraagt specifieke vaardigheden; train die vooraf.',
    ],
  },
  {
    region: 'midden-ijssel-oost-veluwe',
    title: 'Toekomsttuin Apeldoorn: veiligheidsteam na de tafel',
    slug: 'toekomsttuin-apeldoorn',
    municipalities: ['Apeldoorn', 'Voorst'],
    status: 'lopend',
    startDays: -210,
    durationDays: 730,
    focus: 'gezinnen die aan de jeugdbeschermingstafel zijn besproken en waar geen maatregel volgde',
    approach:
      'Na de tafel blijft een klein team van lokaal team, Raad en GI een half jaar betrokken, zodat het gezin niet terugvalt en niet later alsnog aan de tafel besproken moet worden.',
    results: [
      { label: 'Gezinnen in het veiligheidsteam', value: 22, unit: 'gezinnen' },
      { label: 'Opnieuw aangemeld bij de tafel', value: 2, unit: 'gezinnen' },
    ],
    lessons: ['Een vast evaluatiemoment na drie maanden voorkomt dat het team uit elkaar valt.'],
  },
  {
    region: 'noord-veluwe',
    title: 'Toekomsttuin Noord-Veluwe: Veilig Thuis en lokaal team aan één tafel',
    slug: 'toekomsttuin-noord-veluwe',
    municipalities: ['Harderwijk', 'Ermelo'],
    status: 'voorbereiding',
    startDays: 45,
    durationDays: 730,
    focus: 'meldingen waarbij het gezin al bekend is bij het lokale team',
    approach:
      'Veilig Thuis en het lokale team beoordelen zulke meldingen samen en spreken direct af wie wat doet, zodat het gezin niet eerst door Veilig Thuis en daarna door het lokale team wordt gesproken.',
    results: [],
    lessons: ['In de voorbereiding bleek dat de privacyafspraken als eerste rond moeten zijn.'],
  },
  {
    region: 'rijk-van-nijmegen',
    title: 'Toekomsttuin Nijmegen: één gezin, één team',
    slug: 'toekomsttuin-nijmegen',
    municipalities: ['Nijmegen', 'Wijchen'],
    status: 'afgerond',
    startDays: -900,
    durationDays: 730,
    focus: 'gezinnen met een ondertoezichtstelling en een lokaal team dat betrokken blijft',
    approach:
      'Jeugdbeschermer en lokaal team werken tijdens de hele maatregel samen, met één plan en één regiehouder; het lokale team neemt na de maatregel zonder overdrachtsgat over.',
    results: [
      { label: 'Gezinnen begeleid', value: 58, unit: 'gezinnen' },
      { label: 'Gemiddelde duur van de OTS', value: 14, unit: 'maanden', note: 'Vergelijkingsgroep: 19 maanden' },
      { label: 'Terugval binnen een jaar na afloop', value: 12, unit: 'procent' },
    ],
    lessons: [
      'Samen beginnen maakt samen afschalen makkelijker.',
      'Leg van tevoren vast wie de regie heeft; dat voorkomt discussie later.',
    ],
  },
  {
    region: 'rivierenland',
    title: 'Toekomsttuin Tiel: samenwerken met school en huisarts',
    slug: 'toekomsttuin-tiel',
    municipalities: ['Tiel', 'Culemborg'],
    status: 'lopend',
    startDays: -150,
    durationDays: 600,
    focus: 'kinderen bij wie school of huisarts als eerste zorgen over de veiligheid zag',
    approach:
      'School, huisarts, lokaal team en Veilig Thuis spreken af wie het gezin als eerste benadert. Een jeugdbeschermer is vanaf het begin consulent van het team.',
    results: [
      { label: 'Gezinnen in de toekomsttuin', value: 18, unit: 'gezinnen' },
      { label: 'Dagen van eerste signaal tot eerste gesprek, gemiddeld', value: 6, unit: 'dagen' },
    ],
    lessons: ['Scholen willen weten wat er met hun signaal gebeurt; spreek een terugkoppeling af.'],
  },
]

export function pilotDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'pilots'>[] {
  return PILOTS.map((pilot, index) => {
    const region = REGIONS.find((r) => r.slug === pilot.region)!
    const start = dayOnly(addDays(ctx.now, pilot.startDays))
    return {
      title: pilot.title,
      slug: pilot.slug,
      summary: `Voorbeeld van een toekomsttuin in ${regionInText(region.title)}, voor ${pilot.focus}.`,
      region: idOf(ctx.ids.regions, pilot.region, 'regio'),
      municipalities: pilot.municipalities,
      buildingBlocks: [idOf(ctx.ids.buildingBlocks, 3, 'bouwsteen')],
      partners: [
        region.veiligThuis,
        'jeugdbescherming-gelderland',
        'raad-voor-de-kinderbescherming',
        `lokale-teams-${region.slug}`,
      ].map((slug) => idOf(ctx.ids.organisations, slug, 'organisatie')),
      pilotStatus: pilot.status,
      startDate: iso(start),
      endDate: iso(addDays(start, pilot.durationDays)),
      aim: `In het teammodel oefenen met ${pilot.focus}: eerder, sneller en intensiever samenwerken, zodat escalatie en verdergaand ingrijpen worden voorkomen.`,
      approach: pilot.approach,
      results: pilot.results,
      lessons: pilot.lessons.map((lesson) => ({ lesson })),
      body: richText(
        h2('Waarom deze toekomsttuin'),
        p(
          'In het estafettemodel dragen organisaties een gezin na elkaar over. Deze toekomsttuin oefent met het teammodel: de partners trekken tegelijk op, met één plan. ',
          `De proef richt zich op ${pilot.focus}.`,
        ),
        h2('Aanpak'),
        p(pilot.approach),
        ...(pilot.results.length > 0
          ? [
              h2('Resultaten tot nu toe'),
              ul(
                ...pilot.results.map(
                  (r) =>
                    `${r.label}: ${String(r.value).replace('.', ',')} ${r.unit}${r.note ? ` (${r.note.toLowerCase()})` : ''}`,
                ),
              ),
            ]
          : [h2('Resultaten'), p('De toekomsttuin is nog in voorbereiding; resultaten volgen na de start.')]),
        callout({
          variant: 'let-op',
          title: 'Voorbeeld',
          text: 'Plaatsen, periode en cijfers van deze toekomsttuin zijn voorbeelden in de demo-omgeving. De bronnen melden dat toekomsttuinen in de Gelderse regio’s worden ingericht, maar noemen nog geen resultaten.',
        }),
      ),
      sources: [
        source('gvjb-voortgang-2021', 'Bouwsteen 3: toekomsttuinen om het teammodel te oefenen'),
        source('gvjb-website', 'Koers en condities voor toekomsttuinen in Gelderland'),
        source('voorbeeld', 'Plaats, periode, aanpak en resultaten'),
      ],
      ...review(ctx.now, {
        reviewedDaysAgo: 25 + index * 7,
        cycleDays: 180,
        notes: [
          [
            25 + index * 7,
            pilot.results.length > 0 ? 'Resultaten van het afgelopen kwartaal toegevoegd.' : 'Startdatum vastgelegd.',
          ],
          [Math.max(30 + index * 7, -pilot.startDays), 'Toekomsttuin aangemeld.'],
        ],
      }),
      isExample: true,
    }
  })
}
