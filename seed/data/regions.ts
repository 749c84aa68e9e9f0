import type { RequiredDataFromCollectionSlug } from 'payload'

import { bold, callout, h2, link, p, richText, ul } from '../../src/lexical/build'
import type { SeedContext } from '../lib/context'
import { review, source } from '../lib/review'

/**
 * The seven Gelderland youth-care regions (jeugdhulpregio's) and their Gelderland municipalities:
 * together the 51 municipalities of the province, each in exactly one region (checked by the seed
 * test). Municipalities outside Gelderland that take part in a region's youth care are named in
 * the region's text, not in the list, because the Gelderland agreements are about the 51.
 */
export type RegionSeed = {
  slug: string
  title: string
  municipalities: string[]
  /** Which Veilig Thuis organisation serves the region (slug in organisations.ts). */
  veiligThuis: string
  summary: string
  /** A sentence or two that only this region gets. */
  particulars: string[]
}

export const REGIONS: RegionSeed[] = [
  {
    slug: 'achterhoek',
    title: 'Achterhoek',
    municipalities: [
      'Aalten',
      'Berkelland',
      'Bronckhorst',
      'Doetinchem',
      'Montferland',
      'Oost Gelre',
      'Oude IJsselstreek',
      'Winterswijk',
    ],
    veiligThuis: 'veilig-thuis-noord-en-oost-gelderland',
    summary:
      'Acht gemeenten in het oosten van Gelderland, van Montferland tot Winterswijk, die jeugdhulp en jeugdbescherming samen regelen.',
    particulars: [
      'Een landelijke regio met veel kleine kernen: de lokale teams werken dicht bij de gezinnen, de regionale partners komen van verder.',
    ],
  },
  {
    slug: 'centraal-gelderland',
    title: 'Centraal Gelderland',
    municipalities: [
      'Arnhem',
      'Doesburg',
      'Duiven',
      'Lingewaard',
      'Overbetuwe',
      'Renkum',
      'Rheden',
      'Rozendaal',
      'Westervoort',
      'Zevenaar',
    ],
    veiligThuis: 'veilig-thuis-gelderland-midden',
    summary: 'Tien gemeenten rond Arnhem die samen jeugdhulp inkopen en samenwerken met de jeugdbescherming.',
    particulars: ['Arnhem is de grootste gemeente van de regio.'],
  },
  {
    slug: 'foodvalley',
    title: 'Foodvalley',
    municipalities: ['Barneveld', 'Ede', 'Nijkerk', 'Scherpenzeel', 'Wageningen'],
    veiligThuis: 'veilig-thuis-gelderland-midden',
    summary:
      'De Gelderse gemeenten van Regio Foodvalley, in de Gelderse Vallei tussen de Veluwe en de provincie Utrecht.',
    particulars: [
      'Regio Foodvalley ligt in twee provincies: voor jeugdhulp werken ook de Utrechtse gemeenten Renswoude, Rhenen en Veenendaal mee. De lijst op deze pagina noemt de Gelderse gemeenten, waarover de Gelderse afspraken gaan.',
    ],
  },
  {
    slug: 'midden-ijssel-oost-veluwe',
    title: 'Midden-IJssel/Oost-Veluwe',
    municipalities: ['Apeldoorn', 'Brummen', 'Epe', 'Heerde', 'Lochem', 'Voorst', 'Zutphen'],
    veiligThuis: 'veilig-thuis-noord-en-oost-gelderland',
    summary: 'Zeven gemeenten langs de IJssel en aan de oostkant van de Veluwe, met Apeldoorn als grootste gemeente.',
    particulars: [
      'De regio heeft, net als de andere zes, een eigen jeugdbeschermingstafel en een eigen Regionaal Expertteam.',
    ],
  },
  {
    slug: 'noord-veluwe',
    title: 'Noord-Veluwe',
    municipalities: ['Elburg', 'Ermelo', 'Harderwijk', 'Hattem', 'Nunspeet', 'Oldebroek', 'Putten'],
    veiligThuis: 'veilig-thuis-noord-en-oost-gelderland',
    summary: 'Zeven gemeenten tussen de Veluwe en het Veluwemeer, van Putten tot Hattem.',
    particulars: ['Hattem ligt aan de IJssel tegenover Zwolle, maar hoort voor jeugdhulp bij de Noord-Veluwe.'],
  },
  {
    slug: 'rijk-van-nijmegen',
    title: 'Rijk van Nijmegen',
    municipalities: ['Berg en Dal', 'Beuningen', 'Druten', 'Heumen', 'Nijmegen', 'Wijchen'],
    veiligThuis: 'veilig-thuis-gelderland-zuid',
    summary:
      'Nijmegen en de gemeenten eromheen, die jeugdhulp en de samenwerking met de jeugdbescherming samen organiseren.',
    particulars: [
      'Voor jeugdhulp werkt ook de Limburgse gemeente Mook en Middelaar met deze regio samen. De lijst op deze pagina noemt de Gelderse gemeenten, waarover de Gelderse afspraken gaan.',
    ],
  },
  {
    slug: 'rivierenland',
    title: 'Rivierenland',
    municipalities: [
      'Buren',
      'Culemborg',
      'Maasdriel',
      'Neder-Betuwe',
      'Tiel',
      'West Betuwe',
      'West Maas en Waal',
      'Zaltbommel',
    ],
    veiligThuis: 'veilig-thuis-gelderland-zuid',
    summary: 'Acht gemeenten tussen Lek, Waal en Maas, met Tiel als centrum.',
    particulars: [
      'West Betuwe ontstond in 2019 uit Geldermalsen, Lingewaal en Neerijnen; oudere stukken noemen nog die namen.',
    ],
  },
]

export const regionLabel = (slug: string): string => REGIONS.find((region) => region.slug === slug)?.title ?? slug

const VT_NAMES: Record<string, string> = {
  'veilig-thuis-noord-en-oost-gelderland': 'Veilig Thuis Noord- en Oost-Gelderland',
  'veilig-thuis-gelderland-midden': 'Veilig Thuis Gelderland-Midden',
  'veilig-thuis-gelderland-zuid': 'Veilig Thuis Gelderland-Zuid',
}

export function regionDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'regions'>[] {
  return REGIONS.map((region) => {
    const vt = VT_NAMES[region.veiligThuis]
    return {
      title: region.title,
      slug: region.slug,
      summary: region.summary,
      municipalities: region.municipalities,
      contactPoints: [
        {
          kind: 'ret',
          name: `Regionaal Expertteam ${region.title}`,
          description:
            'Voor een gezin met complexe, vastgelopen hulpvragen waarvoor de gewone route geen passende hulp oplevert. Het team denkt mee en zoekt met de partners naar een plek of aanpak.',
          email: `ret-${region.slug}@example.org`,
        },
        {
          kind: 'jeugdbeschermingstafel',
          name: `Jeugdbeschermingstafel ${region.title}`,
          description:
            'Aanmelden voor bespreking aan de tafel, waar ouders, lokaal team, Raad voor de Kinderbescherming en jeugdbescherming samen beoordelen of een maatregel nodig is.',
          email: `jbtafel-${region.slug}@example.org`,
        },
        {
          kind: 'veilig-thuis',
          name: vt,
          description:
            'Advies of een melding bij zorgen over huiselijk geweld of kindermishandeling. Landelijk nummer, u komt uit bij de Veilig Thuis-organisatie van de regio.',
          phone: '0800-2000',
          hours: 'Dag en nacht, ook in het weekend',
        },
        {
          kind: 'escalatie',
          // Invented: the sources name no regional escalation contact, so the name says so.
          name: `Voorbeeld: escalatiepunt samenwerking`,
          description:
            'Voorbeeld van een contactpunt voor als u er met een collega van een andere organisatie niet uitkomt terwijl de veiligheid van een kind in het geding is. De bronnen noemen geen regionaal escalatiepunt; volg de afspraken van uw eigen organisatie en de treden van het escalatiemodel.',
          email: `escalatie-${region.slug}@example.org`,
        },
      ],
      body: richText(
        h2('Over de regio'),
        p(
          `De jeugdhulpregio ${region.title} bestaat uit ${region.municipalities.length} Gelderse gemeenten. `,
          'Zij kopen samen jeugdhulp in en maken met de vier gecertificeerde instellingen, Veilig Thuis en de Raad voor de Kinderbescherming afspraken over de bescherming van kinderen.',
        ),
        ...region.particulars.map((text) => p(text)),
        h2('Wie werken hier samen'),
        ul(
          [
            bold('Gecertificeerde instellingen: '),
            'Jeugdbescherming Gelderland, William Schrikker Stichting, Leger des Heils Jeugdbescherming & Reclassering en Jeugd Veilig Verder.',
          ],
          [bold('Veilig Thuis: '), `${vt}.`],
          [bold('Raad voor de Kinderbescherming: '), 'onderzoek en advies aan de kinderrechter.'],
          [bold('Lokale teams: '), 'de toegang van elke gemeente, met een eigen naam per gemeente.'],
        ),
        h2('Een uniform contract voor heel Gelderland'),
        p(
          'Tot 2022 kocht iedere regio zelf jeugdbescherming in, met eigen tarieven en afspraken per instelling. ',
          'Sinds 1 januari 2022 werken de zeven regio’s en de betrokken gecertificeerde instellingen met een uniform contract. Regionaal maatwerk mag, zolang het geen extra kosten geeft; de voortgang wordt zowel bovenregionaal als in de regio besproken. Meer hierover op de pagina ',
          link('De Verbeteragenda: contracteren en samenwerken', '/paginas/verbeteragenda'),
          '.',
        ),
        callout({
          variant: 'info',
          title: 'Voorbeeldadressen',
          text: 'De e-mailadressen van de contactpunten op deze pagina en het escalatiepunt zijn voorbeelden van de demo-omgeving. De regioredacteur vervangt ze door de echte functionele adressen en bereikbaarheid.',
        }),
      ),
      sources: [
        source(
          'gvjb-voortgang-2021',
          'De zeven deelnemende jeugdhulpregio’s; inkoop per regio en het nieuwe contract per 1 januari 2022',
        ),
        source('gvjb-website', '51 Gelderse gemeenten; uniform contract voor de zeven regio’s'),
        source('voorbeeld', 'Adressen van de contactpunten en het escalatiepunt'),
      ],
      ...review(ctx.now, {
        reviewedDaysAgo: 40,
        notes: [
          [40, 'Gemeentelijst nagelopen op de gemeentelijke indeling van dit jaar.'],
          [220, 'Contactpunten Regionaal Expertteam en jeugdbeschermingstafel toegevoegd.'],
        ],
      }),
      isExample: false,
    }
  })
}
