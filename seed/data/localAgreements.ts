import type { RequiredDataFromCollectionSlug } from 'payload'

import { callout, h2, p, richText, ul } from '../../src/lexical/build'
import { slugify } from '../../src/fields/slug'
import { idOf, type SeedContext } from '../lib/context'
import { addDays, dayOnly, iso } from '../lib/dates'
import { review, source } from '../lib/review'
import { REGIONS, type RegionSeed } from './regions'
import { regionInText } from '../../src/regions/region-in-text'

/**
 * Two example agreements per region. The sources name no regional agreements, so every one is an
 * example, written so that a regional editor sees what a real one should contain.
 */
type Theme = {
  title: string
  summary: string
  buildingBlocks: number[]
  partners: (region: RegionSeed) => string[]
  agreement: string
  points: string[]
  /** Municipalities the agreement starts in; empty means the whole region. */
  municipalities?: (region: RegionSeed) => string[]
}

const GI = [
  'jeugdbescherming-gelderland',
  'william-schrikker-stichting',
  'leger-des-heils-jeugdbescherming-en-reclassering',
  'jeugd-veilig-verder',
]
const localTeams = (region: RegionSeed) => `lokale-teams-${region.slug}`

const THEMES: Record<string, Theme> = {
  contactpersoon: {
    title: 'Vaste contactpersoon van de GI per gemeente',
    summary: 'Elke gemeente heeft een vaste jeugdbeschermer als eerste aanspreekpunt voor het lokale team.',
    buildingBlocks: [2],
    partners: (region) => [...GI, localTeams(region)],
    agreement:
      'Elke GI wijst per gemeente een vaste contactpersoon aan. Die is het eerste aanspreekpunt voor consultatie en schuift eens per kwartaal aan bij het casusoverleg van het lokale team.',
    points: [
      'de namen staan op het intranet van de gemeenten',
      'bij vervanging meldt de GI de nieuwe contactpersoon binnen een week',
      'consultatie kan anoniem',
    ],
  },
  scholing: {
    title: 'Scholing drang en dwang voor lokale teams',
    summary: 'Jeugdbeschermers trainen de lokale teams in het werken met drang en het innemen van positie.',
    buildingBlocks: [2, 8],
    partners: (region) => ['jeugdbescherming-gelderland', 'raad-voor-de-kinderbescherming', localTeams(region)],
    agreement:
      'Nieuwe medewerkers van de lokale teams volgen in hun eerste jaar de training drang en dwang; bestaande medewerkers krijgen elk jaar een terugkomdag met casuïstiek.',
    points: [
      'de training wordt gegeven door een jeugdbeschermer en een raadsonderzoeker samen',
      'coaching tijdens het werk op aanvraag',
      'deelname wordt bijgehouden door het lokale team',
    ],
  },
  aanspreekpunt: {
    title: 'Aanspreekpunt jeugdhulp voor jeugdbeschermers',
    summary: 'Eén aanspreekpunt per gemeente voor jeugdbeschermers die jeugdhulp aanvragen.',
    buildingBlocks: [5],
    partners: (region) => [...GI, localTeams(region)],
    agreement:
      'Iedere gemeente heeft één functioneel adres voor aanvragen van jeugdhulp door jeugdbeschermers. Het aanspreekpunt regelt de toewijzing en belt de jeugdbeschermer als er iets ontbreekt.',
    points: [
      'reactie binnen vijf werkdagen',
      'het Gelderse aanmeldformulier is het enige formulier',
      'bij wachttijd zoekt het aanspreekpunt mee naar overbrugging',
    ],
  },
  escalatie: {
    title: 'Escalatieafspraken gemeente en GI',
    summary: 'Wie bij gemeente en GI elkaar bellen als een casus vastloopt, en binnen welke termijn.',
    buildingBlocks: [6],
    partners: () => [...GI],
    agreement:
      'Gemeente en GI’s gebruiken het Gelderse escalatiemodel en hebben per trede de functies benoemd die elkaar aanspreken. Elk kwartaal bespreken zij samen de escalaties van dat kwartaal.',
    points: [
      'trede 2: teamleider lokaal team en teammanager GI',
      'trede 3: beleidsadviseur jeugd en regiomanager GI',
      'terugkoppeling aan de professionals binnen twee werkdagen na een besluit',
    ],
  },
  intake: {
    title: 'Gezamenlijke start bij zorgen over veiligheid',
    summary: 'Lokaal team en Veilig Thuis gaan bij een overdracht samen het eerste gesprek met het gezin in.',
    buildingBlocks: [3],
    partners: (region) => [region.veiligThuis, localTeams(region)],
    agreement:
      'Draagt Veilig Thuis een gezin over aan het lokale team, dan voeren zij het eerste gesprek met het gezin samen. Het gezin hoeft zijn verhaal zo maar één keer te vertellen.',
    points: [
      'het gesprek vindt plaats binnen tien werkdagen na het besluit tot overdracht',
      'Veilig Thuis deelt de veiligheidsafspraken vooraf',
      'na drie maanden een korte terugkoppeling aan Veilig Thuis',
    ],
  },
  huisartsen: {
    title: 'Werkafspraken met huisartsen en POH-jeugd',
    summary: 'Hoe huisartsen en praktijkondersteuners zorgen over veiligheid delen met het lokale team.',
    buildingBlocks: [2],
    partners: (region) => [localTeams(region), region.veiligThuis],
    agreement:
      'Elke huisartsenpraktijk heeft een vaste contactpersoon in het lokale team. Bij zorgen over veiligheid belt de POH-jeugd eerst die contactpersoon; bij twijfel overleggen zij samen met Veilig Thuis.',
    points: [
      'twee keer per jaar een overleg tussen huisartsen en lokale teams',
      'de meldcode blijft leidend',
      'het lokale team laat de huisarts weten wat er met de zorg is gedaan',
    ],
    municipalities: (region) => region.municipalities.slice(0, 3),
  },
  tafel: {
    title: 'Aanmelden bij de jeugdbeschermingstafel',
    summary:
      'Regionale uitwerking van de Gelderse werkwijze: wie aanmeldt, hoe snel er een bespreking is en wie voorzit.',
    buildingBlocks: [4],
    partners: (region) => ['raad-voor-de-kinderbescherming', ...GI, localTeams(region)],
    agreement:
      'Aanmelden gaat via één functioneel adres. Een onafhankelijk voorzitter plant de bespreking binnen tien werkdagen en zorgt dat ouders vooraf weten wat er besproken wordt.',
    points: [
      'ouders ontvangen een uitnodiging in begrijpelijke taal',
      'een tolk wordt geregeld als dat nodig is',
      'het verslag gaat binnen drie werkdagen naar alle deelnemers',
    ],
  },
  terugNaarLokaal: {
    title: 'Afschalen na een maatregel naar het lokale team',
    summary: 'Een vast overdrachtsgesprek en drie maanden nazorg als een ondertoezichtstelling eindigt.',
    buildingBlocks: [3],
    partners: (region) => [...GI, localTeams(region)],
    agreement:
      'Eindigt een ondertoezichtstelling, dan voeren jeugdbeschermer, lokaal team en gezin samen een overdrachtsgesprek. De jeugdbeschermer blijft drie maanden bereikbaar voor het lokale team.',
    points: [
      'het overdrachtsgesprek vindt plaats vóór de einddatum',
      'het terugvalscenario staat in het plan van het lokale team',
      'evaluatie na zes maanden',
    ],
  },
  spreekuur: {
    title: 'Spreekuur van de Raad voor lokale teams',
    summary: 'Een maandelijks spreekuur waar lokale teams zonder namen een casus kunnen voorleggen aan de Raad.',
    buildingBlocks: [2, 4],
    partners: (region) => ['raad-voor-de-kinderbescherming', localTeams(region)],
    agreement:
      'De Raad houdt elke maand een spreekuur voor de lokale teams van de regio. Lokale teams leggen er anoniem een casus voor als zij twijfelen of een maatregel nodig is.',
    points: [
      'aanmelden uiterlijk drie werkdagen vooraf',
      'hoogstens vier casussen per spreekuur',
      'het advies wordt vastgelegd in het dossier van het lokale team',
    ],
  },
  overdrachtVT: {
    title: 'Warme overdracht van Veilig Thuis naar het lokale team',
    summary: 'Veilig Thuis draagt een gezin niet op papier over, maar in een gesprek met het lokale team.',
    buildingBlocks: [3],
    partners: (region) => [region.veiligThuis, localTeams(region)],
    agreement:
      'Bij elke overdracht belt de medewerker van Veilig Thuis de nieuwe hulpverlener van het lokale team en bespreekt de veiligheidsafspraken voordat het dossier wordt gedeeld.',
    points: [
      'overdracht binnen vijf werkdagen na het besluit',
      'het gezin weet wie de nieuwe hulpverlener is',
      'Veilig Thuis vraagt na drie maanden hoe het gaat',
    ],
  },
  expertteamCrisis: {
    title: 'Regionaal Expertteam bij dreigende crisisplaatsing',
    summary: 'Het Expertteam denkt mee voordat een kind met een maatregel in een crisisplek belandt.',
    buildingBlocks: [7],
    partners: () => ['jeugdbescherming-gelderland', 'william-schrikker-stichting'],
    agreement:
      'Dreigt voor een kind met een maatregel een crisisplaatsing omdat passende hulp ontbreekt, dan kan de jeugdbeschermer dezelfde dag het Regionaal Expertteam inschakelen.',
    points: [
      'het Expertteam reageert binnen één werkdag',
      'de gemeente van het kind schuift aan',
      'elke inzet wordt achteraf besproken om te leren',
    ],
  },
  samenloopJR: {
    title: 'Eén plan bij jeugdbescherming en jeugdreclassering',
    summary:
      'Heeft een jongere zowel een beschermingsmaatregel als jeugdreclassering, dan is er één plan en één regiehouder.',
    buildingBlocks: [3],
    partners: () => [...GI, 'raad-voor-de-kinderbescherming'],
    agreement:
      'Bij samenloop van jeugdbescherming en jeugdreclassering maken de betrokken professionals één plan en spreken zij één regiehouder af, die het gezin als aanspreekpunt heeft.',
    points: [
      'de regiehouder staat in het plan',
      'gezamenlijke evaluatie elk kwartaal',
      'het veiligheidshuis wordt betrokken als er ook strafzaken lopen',
    ],
  },
  tafelEnExpertteam: {
    title: 'Afstemming jeugdbeschermingstafel en Regionaal Expertteam',
    summary: 'Tafel en Expertteam stemmen af, zodat een gezin niet op twee plekken tegelijk wordt besproken.',
    buildingBlocks: [4, 7],
    partners: () => ['raad-voor-de-kinderbescherming', 'jeugdbescherming-gelderland'],
    agreement:
      'De voorzitter van de jeugdbeschermingstafel en de coördinator van het Expertteam hebben elke maand kort overleg over gezinnen die bij beide in beeld zijn.',
    points: [
      'één van beide neemt de regie over de bespreking',
      'het gezin hoort wie het aanspreekpunt is',
      'jaarlijks een gezamenlijke evaluatie',
    ],
  },
  achttienPlus: {
    title: 'Toekomstplan vanaf 16 jaar bij een maatregel',
    summary: 'Voor jongeren met een maatregel begint het plan voor na hun achttiende op hun zestiende.',
    buildingBlocks: [3],
    partners: (region) => [...GI, localTeams(region)],
    agreement:
      'Jeugdbeschermer en lokaal team maken met elke jongere met een maatregel vanaf 16 jaar een toekomstplan over wonen, school of werk, inkomen en een vertrouwd persoon in het netwerk.',
    points: [
      'het plan ligt er uiterlijk op de 17e verjaardag',
      'het lokale team neemt de regie over na de 18e verjaardag',
      'een steunfiguur uit het netwerk doet mee',
    ],
  },
}

const PER_REGION: Record<string, [string, string]> = {
  achterhoek: ['contactpersoon', 'scholing'],
  'centraal-gelderland': ['aanspreekpunt', 'escalatie'],
  foodvalley: ['intake', 'huisartsen'],
  'midden-ijssel-oost-veluwe': ['tafel', 'terugNaarLokaal'],
  'noord-veluwe': ['spreekuur', 'overdrachtVT'],
  'rijk-van-nijmegen': ['expertteamCrisis', 'samenloopJR'],
  rivierenland: ['tafelEnExpertteam', 'achttienPlus'],
}

export function localAgreementDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'local-agreements'>[] {
  return REGIONS.flatMap((region, regionIndex) =>
    PER_REGION[region.slug].map((key, themeIndex) => {
      const theme = THEMES[key]
      const title = `${theme.title} (${region.title})`
      const validFrom = dayOnly(addDays(ctx.now, -120 - regionIndex * 25 - themeIndex * 60))
      const municipalities = theme.municipalities?.(region) ?? []
      return {
        title,
        slug: slugify(title),
        summary: theme.summary,
        region: idOf(ctx.ids.regions, region.slug, 'regio'),
        municipalities,
        buildingBlocks: theme.buildingBlocks.map((n) => idOf(ctx.ids.buildingBlocks, n, 'bouwsteen')),
        partners: theme.partners(region).map((slug) => idOf(ctx.ids.organisations, slug, 'organisatie')),
        validFrom: iso(validFrom),
        validUntil: iso(addDays(validFrom, 2 * 365)),
        body: richText(
          h2('De afspraak'),
          p(theme.agreement),
          ul(...theme.points),
          h2('Waar het geldt'),
          p(
            municipalities.length > 0
              ? `Eerst in ${municipalities.join(', ')}; daarna in de hele regio.`
              : `In alle gemeenten van ${regionInText(region.title)}.`,
          ),
          callout({
            variant: 'let-op',
            title: 'Voorbeeld',
            text: 'Dit is een voorbeeld van een lokale afspraak in de demo-omgeving, geen vastgestelde afspraak.',
          }),
        ),
        sources: [source('voorbeeld', 'De bronnen noemen geen regionale afspraken')],
        ...review(ctx.now, {
          reviewedDaysAgo: 15 + regionIndex * 6 + themeIndex * 3,
          notes: [[15 + regionIndex * 6 + themeIndex * 3, 'Afspraak bevestigd in het regionaal overleg.']],
        }),
        isExample: true,
      }
    }),
  )
}
