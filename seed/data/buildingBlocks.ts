import type { RequiredDataFromCollectionSlug } from 'payload'

import { bold, callout, h2, link, p, richText, ul } from '../../src/lexical/build'
import { idOf, type SeedContext } from '../lib/context'
import { randomStream } from '../lib/random'
import { review, source, type Source } from '../lib/review'
import { REGIONS } from './regions'

type Phase = RequiredDataFromCollectionSlug<'building-blocks'>['phase']
type Body = ReturnType<typeof richText>

type BuildingBlockSeed = {
  number: number
  title: string
  slug: string
  summary: string
  aim: string
  phase: Phase
  owner: string
  openQuestions: string
  body: Body
  sources: Source[]
}

const SPRING_2021 = 'Stand in het voortgangsbericht van voorjaar 2021'

/**
 * The eight building blocks of line 2 ("Samenwerken en kennisdelen") of the Gelderse
 * Verbeteragenda Jeugdbescherming. Aims, decisions and the 2021 status come from the progress
 * report; since 1 April 2022 all eight are meant to be in force, which is the phase shown here.
 */
export const BUILDING_BLOCKS: BuildingBlockSeed[] = [
  {
    number: 1,
    title: 'Werken vanuit één visie en kernwaarden',
    slug: 'een-visie-en-kernwaarden',
    summary: 'De gedeelde visie "Gelderse kinderen, goed beschermd" is het fundament onder alle andere bouwstenen.',
    aim: 'Eén gedeeld fundament voor alle partners: dezelfde kijk op veiligheid, op ouders en kinderen en op samenwerken, waarop de andere zeven bouwstenen rusten.',
    phase: 'gereed',
    owner: 'Voorbeeld: de regiegroep van de Verbeteragenda',
    openQuestions:
      'Hoe worden de kernwaarden in het contract geborgd, zodat het contract ze in de praktijk mogelijk maakt?',
    body: richText(
      h2('Waar het om gaat'),
      p(
        'Partners die één visie delen, hoeven bij elk gezin niet opnieuw uit te zoeken wat ze van elkaar verwachten. ',
        'Het visiedocument "Gelderse kinderen, goed beschermd" legt die gedeelde kijk vast en is daarmee de eerste bouwsteen.',
      ),
      h2('Wat er is afgesproken'),
      ul(
        'De veiligheidsorganisaties en de jeugdhulpregio’s hebben de visie vastgesteld.',
        [bold('Adagium: '), 'eerst samenwerken voor veiligheid, daarna samenwerken voor risicogestuurde zorg.'],
        'Het contract moet de omarmde kernwaarden in de praktijk mogelijk maken.',
      ),
      p('De volledige visie en de vier kernwaarden staan op de pagina ', link('Visie en kernwaarden', '/visie'), '.'),
      h2(SPRING_2021),
      p('Vastgesteld; de bouwsteen was als eerste gereed.'),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Lijn 2, bouwsteen 1'),
      source('gvjb-website', 'Vier kernwaarden van de gezamenlijke visie'),
    ],
  },
  {
    number: 2,
    title: 'Samenwerken en leren op lokaal niveau',
    slug: 'samenwerken-en-leren-op-lokaal-niveau',
    summary:
      'Per gemeente een vaste groep professionals van GI, Raad, Veilig Thuis en lokaal team die elkaar en elkaars werkwijze kent.',
    aim: 'Professionals van de GI’s, de Raad voor de Kinderbescherming, Veilig Thuis en het lokale team die aan een gemeente verbonden zijn, kennen elkaar en elkaars werkwijze en vinden elkaar snel.',
    phase: 'in-uitvoering',
    owner: 'Voorbeeld: de projectleider van lijn 2 Samenwerken en kennisdelen',
    openQuestions:
      'De opbouw gaat in drie stappen. Hoe zien die stappen eruit, en wat vraagt elke stap van de professionals in een gemeente?',
    body: richText(
      h2('Waar het om gaat'),
      p(
        'Wie de collega van de andere organisatie kent, belt eerder en begrijpt sneller wat die nodig heeft. ',
        'Deze bouwsteen gaat over uitvoerende medewerkers die elk vanuit hun eigen opdracht werken aan het herstel van veiligheid in een gezin.',
      ),
      h2('Wat er is afgesproken'),
      ul(
        'Per gemeente is er een vaste groep professionals van GI, Raad, Veilig Thuis en lokaal team.',
        'De groep wordt in drie stappen opgebouwd.',
      ),
      h2('Wensen uit de inkoopgesprekken'),
      p(
        'In de gesprekken over de inkoop van jeugdbescherming noemden de partners manieren om van elkaar te leren. Het zijn wensen, geen afspraken:',
      ),
      ul(
        'aanschuiven bij elkaars casusbesprekingen;',
        'korte lijnen: elkaar kennen en even telefonisch overleggen;',
        'leren op de werkvloer zelf, zodat lokale teams de vaardigheden van drang en dwang oppakken en zien wat erachter zit.',
      ),
      h2(SPRING_2021),
      p('In uitwerking; de richting was ter instemming aan de regio’s voorgelegd.'),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Lijn 2, bouwsteen 2'),
      source('inkoop-jb-gelderland', 'Kruisbestuiving jeugdbescherming en lokale teams'),
    ],
  },
  {
    number: 3,
    title: 'Een lokale aanpak voor veiligheid in gezinnen',
    slug: 'lokale-aanpak-voor-veiligheid-in-gezinnen',
    summary:
      'Van estafettemodel naar teammodel: minder schakels, minder overdrachten, geen dubbel werk. Toekomsttuinen oefenen het teammodel.',
    aim: 'Gezinnen hebben één vast team van contactpersonen dat eerder, sneller en intensiever samenwerkt, in plaats van een reeks organisaties die het gezin achter elkaar overdragen.',
    phase: 'in-uitvoering',
    owner: 'Voorbeeld: de projectleider van lijn 2, met de regio’s die een toekomsttuin inrichten',
    openQuestions: 'In welke regio’s komt een toekomsttuin, hoe wordt die gefinancierd en wat levert hij op?',
    body: richText(
      h2('Waar het om gaat'),
      p(
        'In het estafettemodel nemen lokaal team, Veilig Thuis, de Raad en de GI elk een deel van het traject voor hun rekening en dragen ze het gezin daarna over. ',
        'Dat geeft te veel schakels, overdrachten en dubbel werk. In het teammodel werken de partners tegelijk met het gezin, met één vaste groep gezichten.',
      ),
      h2('Wat er is afgesproken'),
      ul(
        'Gelderland wacht niet op een landelijk scenario voor het teammodel.',
        'In de regio’s worden toekomsttuinen ingericht om het teammodel in de praktijk te oefenen.',
        'De financiële uitwerking van de toekomsttuinen is onderdeel van het contract.',
      ),
      p('Lees meer bij de ', link('toekomsttuinen', '/toekomsttuinen'), '.'),
      h2(SPRING_2021),
      p(
        'Toekomsttuinen in voorbereiding; de bouwstenen verstevigen de praktijk, maar het werk verliep toen nog grotendeels volgens het estafettemodel.',
      ),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Lijn 2, bouwsteen 3'),
      source('gvjb-website', 'Koers en condities voor toekomsttuinen in Gelderland'),
    ],
  },
  {
    number: 4,
    title: 'Gelderse jeugdbeschermingstafels',
    slug: 'gelderse-jeugdbeschermingstafels',
    summary:
      'Eén werkwijze voor de zeven jeugdbeschermingstafels, zodat gezinnen overal in Gelderland hetzelfde traject doorlopen.',
    aim: 'Gezinnen en professionals krijgen overal in Gelderland hetzelfde traject en hetzelfde werkproces aan de jeugdbeschermingstafel.',
    phase: 'in-uitvoering',
    owner: 'Voorbeeld: de zeven Gelderse jeugdbeschermingstafels samen',
    openQuestions: 'Voorbeeld: hoe houden de zeven tafels de werkwijze gelijk als er lokaal verschillen ontstaan?',
    body: richText(
      h2('Waar het om gaat'),
      p(
        'Aan de jeugdbeschermingstafel bespreken ouders, het lokale team, de Raad voor de Kinderbescherming en de jeugdbescherming samen of een kinderbeschermingsmaatregel nodig is. ',
        'Wie met een gezin aan tafel gaat, moet weten wat er gebeurt, ongeacht in welke regio dat is.',
      ),
      h2('Wat er is afgesproken'),
      ul('De werkwijze is beschreven samen met de zeven jeugdbeschermingstafels in Gelderland.'),
      h2('Wensen uit de inkoopgesprekken'),
      p(
        'In de inkoopgesprekken is gevraagd de tafel verder te ontwikkelen, met aan tafel de Raad, de jeugdbeschermer, het lokale team, de ouders (en het kind) en een onafhankelijk voorzitter. Den Haag, met zijn Beschermingstafel, werd als voorbeeld genoemd.',
      ),
      p(
        'Zie de werkwijze ',
        link('Bespreking aan de jeugdbeschermingstafel', '/werkwijzen/bespreking-aan-de-jeugdbeschermingstafel'),
        '.',
      ),
      h2(SPRING_2021),
      p('Werkwijze beschreven.'),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Lijn 2, bouwsteen 4'),
      source('inkoop-jb-gelderland', 'Doorontwikkeling jeugdbeschermingstafel'),
    ],
  },
  {
    number: 5,
    title: 'Eén vereenvoudigd aanmeldproces jeugdhulp',
    slug: 'vereenvoudigd-aanmeldproces-jeugdhulp',
    summary:
      'Eén eenvoudige route voor jeugdbeschermers om jeugdhulp aan te melden, in plaats van een proces per gemeente en per aanbieder.',
    aim: 'Minder administratieve last voor jeugdbeschermers als verwijzer, en een sterkere verbinding tussen de GI’s en de lokale teams.',
    phase: 'in-uitvoering',
    owner: 'Voorbeeld: de projectleider van lijn 2, met de werkgroep Data en stuurinformatie',
    openQuestions:
      'De koppeling met een eenduidige, vereenvoudigde indeling van jeugdhulp, waarvoor de werkgroep Data en stuurinformatie mandaat vroeg.',
    body: richText(
      h2('Waar het om gaat'),
      p(
        'Jeugdhulp aanmelden was voor jeugdbeschermers ingewikkeld en tijdrovend: elke gemeente en elke aanbieder had een eigen proces, en elke regio eigen producten en productcodes. ',
        'Tijd die naar formulieren gaat, gaat niet naar gezinnen.',
      ),
      h2('Wat er is afgesproken'),
      ul(
        'Er komt één vereenvoudigd aanmeldproces voor heel Gelderland.',
        'Een eenduidige indeling van jeugdhulp moet regio’s vergelijkbaar maken.',
      ),
      p(
        'Zie de werkwijze ',
        link('Jeugdhulp aanmelden vanuit een maatregel', '/werkwijzen/jeugdhulp-aanmelden-vanuit-een-maatregel'),
        '.',
      ),
      h2(SPRING_2021),
      p('In ontwikkeling: het proces moest nog worden geschreven.'),
    ),
    sources: [source('gvjb-voortgang-2021', 'Lijn 2, bouwsteen 5; werkgroep Data en stuurinformatie')],
  },
  {
    number: 6,
    title: 'Eén escalatiemodel bij stagnerende samenwerking',
    slug: 'escalatiemodel-bij-stagnerende-samenwerking',
    summary:
      'Een route die alle partners dragen, voor als professionals er samen niet uitkomen terwijl de veiligheid van een kind in het geding is.',
    aim: 'Een gedragen route voor als professionals van verschillende organisaties het niet eens worden terwijl de veiligheid in het geding is.',
    phase: 'in-uitvoering',
    owner: 'Voorbeeld: de projectleider van lijn 2, namens GI’s, Veilig Thuis, de Raad en de gemeenten',
    openQuestions:
      'Welke treden, termijnen en rollen kent het vastgestelde model? Tot die op het portaal staan, toont het portaal een voorbeeld.',
    body: richText(
      h2('Waar het om gaat'),
      p(
        'Meestal vinden professionals samen een oplossing. Soms niet: omdat ze de situatie verschillend inschatten, omdat afspraken niet worden nagekomen of omdat iemand zorgwekkend handelt. ',
        'Voor die gevallen is er één escalatiemodel dat door alle betrokken organisaties wordt gedragen.',
      ),
      h2('Wat er is afgesproken'),
      ul(
        'Uitgangspunt blijft dat professionals eerst zelf met elkaar in gesprek gaan.',
        'Het model geldt voor GI’s, Veilig Thuis, de Raad en de lokale teams en gemeenten.',
        'Professionals weten welke stappen er zijn; ondertussen gaat het werk met het gezin door.',
      ),
      p('Het model zelf staat op de pagina ', link('Escalatiemodel', '/escalatiemodel'), '.'),
      callout({
        variant: 'let-op',
        title: 'Voorbeeld',
        text: 'De treden en termijnen op het portaal zijn een voorbeeld. Volg bij twijfel de afspraken van uw eigen organisatie.',
      }),
      h2(SPRING_2021),
      p(
        'In ontwikkeling; de samenwerkingsafspraken zouden in juni 2021 in het bovenregionaal Bestuurlijk Overleg worden besproken.',
      ),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Lijn 2, bouwsteen 6'),
      source('gvjb-website', 'Wanneer het escalatiemodel wordt gebruikt'),
    ],
  },
  {
    number: 7,
    title: 'Een Regionaal Expertteam in elke regio',
    slug: 'regionaal-expertteam-in-elke-regio',
    summary:
      'In alle zeven regio’s een Regionaal Expertteam (RET) voor complexe hulpvragen waarvoor de gewone route geen passende hulp vindt.',
    aim: 'In iedere regio passende hulp voor complexe, vastgelopen situaties, met een Regionaal Expertteam dat meedenkt en doorbraken organiseert.',
    phase: 'in-uitvoering',
    owner: 'Voorbeeld: de Regionale Expertteams van de zeven regio’s',
    openQuestions: 'Hoe de Expertteams aansluiten op de andere bouwstenen en op het Gelderse doorbraakplan.',
    body: richText(
      h2('Waar het om gaat'),
      p(
        'Sommige kinderen hebben hulp nodig die niet vanzelf te vinden is: een combinatie van zorg, een plek die er niet lijkt te zijn, of partners die elk een deel zien. ',
        'Het Regionaal Expertteam brengt de benodigde kennis samen en helpt een passende oplossing te vinden.',
      ),
      h2('Wat er is afgesproken'),
      ul(
        'Elke jeugdhulpregio heeft inmiddels een eigen Regionaal Expertteam.',
        'De Verbeteragenda denkt mee over hoe die teams zich verder ontwikkelen.',
      ),
      p('Het contactpunt van het team van uw regio vindt u op de ', link('regiopagina', '/regios'), '.'),
      h2(SPRING_2021),
      p('Gestart en volop in ontwikkeling.'),
    ),
    sources: [source('gvjb-voortgang-2021', 'Lijn 2, bouwsteen 7')],
  },
  {
    number: 8,
    title: 'Gezamenlijk werven en opleiden van personeel',
    slug: 'gezamenlijk-werven-en-opleiden',
    summary:
      'GI’s, Raad en Veilig Thuis onderzoeken wat ze van elkaar kunnen leren over werven en behouden, en of ze hun opleidingsaanbod kunnen delen.',
    aim: 'Samen personeel werven en behouden, en de deskundigheid van professionals samen bevorderen.',
    phase: 'in-uitvoering',
    owner: 'Voorbeeld: de GI’s, de Raad voor de Kinderbescherming en de Veilig Thuis-organisaties samen',
    openQuestions: 'Gaan de partners samen werven en opleiden, en zo ja, in welke vorm?',
    body: richText(
      h2('Waar het om gaat'),
      p(
        'Goede professionals zijn schaars, en wie vertrekt neemt kennis mee. ',
        'Daarom willen de partners uitzoeken of samen werven en elkaars scholing gebruiken de sector als geheel sterker kan maken.',
      ),
      h2('Wat er is afgesproken'),
      ul(
        'De partners onderzoeken wat ze van elkaar kunnen leren over werven en behouden.',
        'Zij verkennen of deskundigheidsbevordering en opleidingsaanbod kunnen worden uitgewisseld.',
      ),
      p(
        'Op dit portaal staan de ',
        link('scholing', '/scholing'),
        ' en de ',
        link('vacatures', '/vacatures'),
        ' van de partners alvast bij elkaar.',
      ),
      h2(SPRING_2021),
      p('Nog niet mee gestart; gezamenlijk werven en opleiden werd gezien als sluitstuk van de bouwstenen.'),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Lijn 2, bouwsteen 8'),
      source('rondetafels-jeugdwet-2018', 'Speerpunt 6: investeren in vakmanschap'),
    ],
  },
]

const PROGRESS_NOTES: Record<Phase, string[]> = {
  gereed: ['Vastgesteld en in gebruik.', 'Opgenomen in het inwerkprogramma van de partners.'],
  'in-uitvoering': [
    'Werkt volgens de afspraak; evaluatie gepland.',
    'In gebruik bij de meeste gemeenten.',
    'Loopt; knelpunten worden in het regio-overleg besproken.',
  ],
  'in-ontwikkeling': ['Werkgroep uitvoerders bezig met de lokale uitwerking.', 'Eerste gemeenten zijn begonnen.'],
  'niet-gestart': ['Start gepland na de zomer.', 'Wacht op besluit in het regionaal overleg.'],
}

/** Example progress per region (the sources report no regional progress), repeatable per block. */
function progressFor(ctx: SeedContext, block: BuildingBlockSeed) {
  const order: Phase[] = ['niet-gestart', 'in-ontwikkeling', 'in-uitvoering', 'gereed']
  return REGIONS.map((region) => {
    const random = randomStream(`progress|${block.number}|${region.slug}`)
    const base = order.indexOf(block.phase)
    const shift = block.phase === 'gereed' ? 0 : random() < 0.3 ? -1 : random() > 0.85 ? 1 : 0
    const status = order[Math.min(order.length - 1, Math.max(0, base + shift))]
    const notes = PROGRESS_NOTES[status]
    return {
      region: idOf(ctx.ids.regions, region.slug, 'regio'),
      status,
      note: `Voorbeeld: ${notes[Math.floor(random() * notes.length)]}`,
    }
  })
}

export function buildingBlockDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'building-blocks'>[] {
  return BUILDING_BLOCKS.map((block) => ({
    number: block.number,
    title: block.title,
    slug: block.slug,
    summary: block.summary,
    aim: block.aim,
    phase: block.phase,
    owner: block.owner,
    openQuestions: block.openQuestions,
    progress: progressFor(ctx, block),
    body: block.body,
    sources: [...block.sources, source('voorbeeld', 'Eigenaar en voortgang per regio')],
    ...review(ctx.now, {
      reviewedDaysAgo: 30 + block.number * 9,
      notes: [
        [30 + block.number * 9, 'Voortgang per regio bijgewerkt na het regio-overleg.'],
        [400, 'Status aangepast: alle bouwstenen zijn sinds 1 april 2022 van kracht.'],
      ],
    }),
    isExample: false,
  }))
}
