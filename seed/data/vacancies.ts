import type { RequiredDataFromCollectionSlug } from 'payload'

import { callout, h2, p, richText, ul } from '../../src/lexical/build'
import { slugify } from '../../src/fields/slug'
import { idOf, type SeedContext } from '../lib/context'
import { addDays, dayOnly, iso } from '../lib/dates'
import { review, source } from '../lib/review'
import { regionLabel } from './regions'
import { regionListInText } from '../../src/regions/region-in-text'

type VacancySeed = {
  organisation: string
  function: string
  /** Place in the title, to tell similar vacancies apart. */
  place: string
  regions: string[]
  hours: [number, number?]
  caoScale: string
  skjRequired: boolean
  jointRecruitment?: boolean
  traineeship?: boolean
  /** Days before the seed run the vacancy was posted, and days after posting it closes. */
  postedDaysAgo: number
  openDays: number
  tasks: string[]
  profile: string[]
}

const JOINT = 'Deze vacature is onderdeel van de gezamenlijke werving van de Gelderse partners (bouwsteen 8).'

/**
 * Example vacancies of the partner organisations. Some closed before the seed run, so the expiry
 * of vacancies can be shown; the sources contain no vacancies.
 */
export const VACANCIES: VacancySeed[] = [
  {
    organisation: 'jeugdbescherming-gelderland',
    function: 'Jeugdbeschermer',
    place: 'Arnhem',
    regions: ['centraal-gelderland'],
    hours: [28, 36],
    caoScale: 'Schaal 9',
    skjRequired: true,
    postedDaysAgo: 12,
    openDays: 42,
    tasks: [
      'u voert ondertoezichtstellingen en voogdijmaatregelen uit',
      'u werkt samen met het lokale team en de Raad voor de Kinderbescherming',
      'u neemt deel aan de jeugdbeschermingstafel',
    ],
    profile: [
      'een afgeronde hbo-opleiding in het sociaal domein',
      'registratie in het Kwaliteitsregister Jeugd (SKJ)',
      'ervaring met gezinnen in complexe situaties is een pré',
    ],
  },
  {
    organisation: 'jeugdbescherming-gelderland',
    function: 'Jeugdbeschermer',
    place: 'Doetinchem',
    regions: ['achterhoek'],
    hours: [24, 32],
    caoScale: 'Schaal 9',
    skjRequired: true,
    jointRecruitment: true,
    postedDaysAgo: 25,
    openDays: 50,
    tasks: [
      'u begeleidt gezinnen met een kinderbeschermingsmaatregel in de Achterhoek',
      'u maakt samen met het gezin een veiligheidsplan',
      'u bent vaste contactpersoon voor twee lokale teams',
    ],
    profile: ['een hbo-opleiding in het sociaal domein', 'SKJ-registratie', 'rijbewijs; de regio is groot'],
  },
  {
    organisation: 'jeugdbescherming-gelderland',
    function: 'Trainee jeugdbescherming',
    place: 'Gelderland',
    regions: [],
    hours: [32, 36],
    caoScale: 'Schaal 8',
    skjRequired: false,
    jointRecruitment: true,
    traineeship: true,
    postedDaysAgo: 5,
    openDays: 60,
    tasks: [
      'u draait een jaar mee bij een GI, Veilig Thuis en de Raad',
      'u volgt het gezamenlijke inwerkprogramma',
      'na het traineeship werkt u als jeugdbeschermer',
    ],
    profile: [
      'een recent afgeronde hbo-opleiding in het sociaal domein',
      'u registreert zich tijdens het traineeship bij SKJ',
      'nieuwsgierig naar de hele keten',
    ],
  },
  {
    organisation: 'jeugdbescherming-gelderland',
    function: 'Gedragswetenschapper',
    place: 'Nijmegen',
    regions: ['rijk-van-nijmegen', 'rivierenland'],
    hours: [24, 32],
    caoScale: 'Schaal 11',
    skjRequired: true,
    postedDaysAgo: 70,
    openDays: 56,
    tasks: [
      'u adviseert jeugdbeschermers over de veiligheid en ontwikkeling van kinderen',
      'u denkt mee over risicotaxaties en plannen van aanpak',
      'u zit regelmatig aan de jeugdbeschermingstafel',
    ],
    profile: [
      'een afgeronde master (ortho)pedagogiek of psychologie',
      'SKJ-registratie als gedragswetenschapper',
      'ervaring in de jeugdbescherming',
    ],
  },
  {
    organisation: 'william-schrikker-stichting',
    function: 'Jeugdbeschermer LVB',
    place: 'Apeldoorn',
    regions: ['midden-ijssel-oost-veluwe', 'noord-veluwe'],
    hours: [28, 36],
    caoScale: 'Schaal 9',
    skjRequired: true,
    postedDaysAgo: 18,
    openDays: 45,
    tasks: [
      'u begeleidt gezinnen waarin een ouder of kind een licht verstandelijke beperking heeft',
      'u past uw communicatie aan op wat het gezin begrijpt',
      'u werkt nauw samen met gespecialiseerde zorgaanbieders',
    ],
    profile: ['een hbo-opleiding in het sociaal domein', 'SKJ-registratie', 'affiniteit met mensen met een beperking'],
  },
  {
    organisation: 'leger-des-heils-jeugdbescherming-en-reclassering',
    function: 'Jeugdreclasseerder',
    place: 'Tiel',
    regions: ['rivierenland'],
    hours: [32, 36],
    caoScale: 'Schaal 9',
    skjRequired: true,
    postedDaysAgo: 60,
    openDays: 40,
    tasks: [
      'u begeleidt jongeren met een jeugdreclasseringsmaatregel',
      'u werkt samen met het veiligheidshuis en de Raad',
      'u stemt af met de jeugdbeschermer bij samenloop',
    ],
    profile: ['een hbo-opleiding in het sociaal domein', 'SKJ-registratie', 'ervaring met jongeren in het strafrecht'],
  },
  {
    organisation: 'leger-des-heils-jeugdbescherming-en-reclassering',
    function: 'Jeugdbeschermer',
    place: 'Ede',
    regions: ['foodvalley'],
    hours: [24, 36],
    caoScale: 'Schaal 9',
    skjRequired: true,
    postedDaysAgo: 8,
    openDays: 35,
    tasks: [
      'u voert ondertoezichtstellingen uit in Foodvalley',
      'u betrekt het netwerk van het gezin en faciliteert een familiegroepsplan',
      'u draagt na de maatregel warm over aan het lokale team',
    ],
    profile: ['een hbo-opleiding in het sociaal domein', 'SKJ-registratie', 'ervaring met netwerkgericht werken'],
  },
  {
    organisation: 'jeugd-veilig-verder',
    function: 'Teamleider jeugdbescherming',
    place: 'Zutphen',
    regions: ['midden-ijssel-oost-veluwe'],
    hours: [32, 36],
    caoScale: 'Schaal 11',
    skjRequired: true,
    postedDaysAgo: 30,
    openDays: 45,
    tasks: [
      'u geeft leiding aan een team van jeugdbeschermers',
      'u bent trede 2 in het escalatiemodel voor uw team',
      'u onderhoudt de contacten met de gemeenten in de regio',
    ],
    profile: [
      'ruime ervaring als jeugdbeschermer of gedragswetenschapper',
      'leidinggevende ervaring',
      'SKJ-registratie',
    ],
  },
  {
    organisation: 'veilig-thuis-gelderland-midden',
    function: 'Medewerker advies en meldingen',
    place: 'Arnhem',
    regions: ['centraal-gelderland', 'foodvalley'],
    hours: [24, 36],
    caoScale: 'Schaal 9',
    skjRequired: true,
    postedDaysAgo: 14,
    openDays: 40,
    tasks: [
      'u voert adviesgesprekken met burgers en professionals',
      'u beoordeelt de veiligheid na een melding',
      'u draagt gezinnen warm over aan het lokale team',
    ],
    profile: ['een hbo-opleiding in het sociaal domein', 'SKJ-registratie', 'bereid tot onregelmatige diensten'],
  },
  {
    organisation: 'veilig-thuis-gelderland-midden',
    function: 'Onderzoeker Veilig Thuis',
    place: 'Ede',
    regions: ['foodvalley'],
    hours: [28, 32],
    caoScale: 'Schaal 10',
    skjRequired: true,
    postedDaysAgo: 80,
    openDays: 60,
    tasks: [
      'u onderzoekt meldingen van huiselijk geweld en kindermishandeling',
      'u spreekt met alle gezinsleden en betrokken professionals',
      'u legt feitelijk vast wat u ziet en hoort',
    ],
    profile: ['een hbo-opleiding in het sociaal domein', 'SKJ-registratie', 'ervaring met onderzoek naar veiligheid'],
  },
  {
    organisation: 'veilig-thuis-noord-en-oost-gelderland',
    function: 'Medewerker crisisdienst',
    place: 'Apeldoorn',
    regions: ['achterhoek', 'midden-ijssel-oost-veluwe', 'noord-veluwe'],
    hours: [16, 24],
    caoScale: 'Schaal 9',
    skjRequired: true,
    postedDaysAgo: 3,
    openDays: 30,
    tasks: [
      'u bent ’s avonds en in het weekend bereikbaar voor acute situaties',
      'u beoordeelt de veiligheid en zet zo nodig direct hulp in',
      'u draagt de volgende werkdag over aan het team',
    ],
    profile: ['ervaring bij Veilig Thuis of in de jeugdbescherming', 'SKJ-registratie', 'rustig onder druk'],
  },
  {
    organisation: 'veilig-thuis-gelderland-zuid',
    function: 'Aandachtsfunctionaris huiselijk geweld',
    place: 'Nijmegen',
    regions: ['rijk-van-nijmegen', 'rivierenland'],
    hours: [24, 32],
    caoScale: 'Schaal 10',
    skjRequired: true,
    postedDaysAgo: 45,
    openDays: 40,
    tasks: [
      'u adviseert collega’s over de meldcode',
      'u geeft voorlichting aan scholen en huisartsen',
      'u bent contactpersoon voor de lokale teams',
    ],
    profile: ['ruime ervaring met huiselijk geweld', 'SKJ-registratie', 'goed in het overdragen van kennis'],
  },
  {
    organisation: 'raad-voor-de-kinderbescherming',
    function: 'Raadsonderzoeker',
    place: 'Arnhem',
    regions: [],
    hours: [32, 36],
    caoScale: 'Schaal 10 (cao Rijk)',
    skjRequired: true,
    jointRecruitment: true,
    postedDaysAgo: 20,
    openDays: 35,
    tasks: [
      'u doet beschermingsonderzoek en adviseert de kinderrechter',
      'u neemt deel aan de jeugdbeschermingstafels',
      'u geeft consultatie aan lokale teams',
    ],
    profile: ['een hbo-opleiding in het sociaal domein', 'SKJ-registratie', 'helder schrijven en stevig in gesprekken'],
  },
  {
    organisation: 'raad-voor-de-kinderbescherming',
    function: 'Juridisch medewerker',
    place: 'Nijmegen',
    regions: ['rijk-van-nijmegen'],
    hours: [24, 32],
    caoScale: 'Schaal 9 (cao Rijk)',
    skjRequired: false,
    postedDaysAgo: 65,
    openDays: 50,
    tasks: [
      'u bereidt verzoekschriften aan de rechtbank voor',
      'u adviseert raadsonderzoekers over juridische vragen',
      'u houdt termijnen bij',
    ],
    profile: ['een hbo-opleiding rechten', 'ervaring met familierecht is een pré'],
  },
]

export function vacancyDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'vacancies'>[] {
  return VACANCIES.map((vacancy) => {
    const title = `${vacancy.function} ${vacancy.place}`
    const posted = dayOnly(addDays(ctx.now, -vacancy.postedDaysAgo))
    const closing = dayOnly(addDays(posted, vacancy.openDays))
    const [hoursMin, hoursMax] = vacancy.hours
    const slug = slugify(`${title} ${vacancy.organisation}`)
    const regionsText =
      vacancy.regions.length > 0 ? regionListInText(vacancy.regions.map(regionLabel)) : 'heel Gelderland'
    return {
      title,
      slug,
      summary: `${vacancy.function} voor ${hoursMin}${hoursMax ? ` tot ${hoursMax}` : ''} uur per week, werkgebied ${regionsText}.`,
      organisation: idOf(ctx.ids.organisations, vacancy.organisation, 'organisatie'),
      regions: vacancy.regions.map((slugOfRegion) => idOf(ctx.ids.regions, slugOfRegion, 'regio')),
      function: vacancy.function,
      placeOfWork: vacancy.place,
      contractType: vacancy.traineeship ? 'leerwerk' : vacancy.jointRecruitment ? 'tijdelijk-uitzicht-vast' : 'vast',
      contact: { name: 'Team werving (voorbeeld)', email: `werken-bij-${vacancy.organisation}@example.org` },
      hoursMin,
      ...(hoursMax ? { hoursMax } : {}),
      caoScale: vacancy.caoScale,
      skjRequired: vacancy.skjRequired,
      jointRecruitment: vacancy.jointRecruitment ?? false,
      traineeship: vacancy.traineeship ?? false,
      postedAt: iso(posted),
      closingDate: iso(closing),
      howToApply:
        'Stuur uw motivatie en cv naar het sollicitatieadres. U krijgt binnen vijf werkdagen bericht. Voor vragen over de functie kunt u hetzelfde adres gebruiken.',
      applyEmail: `werken-bij-${vacancy.organisation}@example.org`,
      body: richText(
        h2('Wat gaat u doen'),
        ul(...vacancy.tasks),
        h2('Wat vragen wij'),
        ul(...vacancy.profile),
        h2('Wat bieden wij'),
        p(
          `${vacancy.caoScale}, ${hoursMin}${hoursMax ? ` tot ${hoursMax}` : ''} uur per week, in een regio waar de partners elkaar kennen en samen leren.`,
        ),
        ...(vacancy.jointRecruitment ? [p(JOINT)] : []),
        callout({ variant: 'info', title: 'Voorbeeld', text: 'Dit is een voorbeeldvacature in de demo-omgeving.' }),
      ),
      // Vacancies have no sources or review dates; their change notes feed the e-mail alerts.
      changeNotes: review(ctx.now, {
        reviewedDaysAgo: Math.max(1, vacancy.postedDaysAgo - 1),
        notes: [[vacancy.postedDaysAgo, 'Vacature geplaatst.']],
      }).changeNotes,
      isExample: true,
    }
  })
}
