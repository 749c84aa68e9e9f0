import type { RequiredDataFromCollectionSlug } from 'payload'

import { bold, callout, h2, italic, link, ol, p, richText, steps as stepsBlock, ul } from '../../src/lexical/build'
import type { AUDIENCES } from '../../src/constants/taxonomy'
import { idOf, type SeedContext } from '../lib/context'
import { ESCALATION_LEVELS } from './escalationModel'
import { review, source, type Source } from '../lib/review'

type Audience = (typeof AUDIENCES)[number]['value']
type Step = { title: string; who: string; action: string; timeframe?: string }

type WorkingMethodSeed = {
  title: string
  slug: string
  summary: string
  buildingBlocks: number[]
  audiences: Audience[]
  /** Region slug when the method holds for one region only. */
  region?: string
  steps: Step[]
  parentInfo: string
  basis: string
  body: ReturnType<typeof richText>
  sources: Source[]
  /**
   * On unless the text rests only on facts: the sources describe aims and principles, rarely the
   * Gelderland steps and terms, so most methods here are worked-out examples.
   */
  isExample: boolean
}

export const WORKING_METHODS: WorkingMethodSeed[] = [
  {
    title: 'Bespreking aan de jeugdbeschermingstafel',
    slug: 'bespreking-aan-de-jeugdbeschermingstafel',
    summary: 'Hoe een gezin aan de jeugdbeschermingstafel komt, wie erbij zijn en wat er na de bespreking gebeurt.',
    buildingBlocks: [4],
    audiences: ['lokaal-team', 'raad', 'jeugdbeschermer', 'veilig-thuis', 'ouders'],
    steps: [
      {
        title: 'Aanmelden',
        who: 'Lokaal team of Veilig Thuis',
        action:
          'Meldt het gezin aan bij de tafel van de regio, met de zorgen, wat al is geprobeerd en wat ouders ervan vinden. Ouders weten van de aanmelding.',
        timeframe: 'Zodra vrijwillige hulp de veiligheid niet herstelt',
      },
      {
        title: 'Voorbereiden',
        who: 'Onafhankelijk voorzitter',
        action:
          'Plant de bespreking, nodigt ouders (en zo mogelijk het kind) uit en zorgt dat iedereen dezelfde informatie heeft.',
        timeframe: 'Binnen 10 werkdagen na aanmelding',
      },
      {
        title: 'Bespreken met het gezin',
        who: 'Ouders, lokaal team, Raad, jeugdbeschermer, voorzitter',
        action:
          'Samen beoordelen of de veiligheid met vrijwillige hulp te herstellen is of dat een maatregel nodig is. Er wordt met het gezin gepraat, niet over het gezin.',
      },
      {
        title: 'Besluit en vervolg vastleggen',
        who: 'Voorzitter',
        action:
          'Legt vast wat is afgesproken, wie wat doet en wanneer er wordt teruggekeken. Bij een verzoek tot onderzoek start de Raad.',
        timeframe: 'Dezelfde dag',
      },
      {
        title: 'Terugkoppelen',
        who: 'Lokaal team',
        action:
          'Bespreekt de uitkomst nog eens met ouders en houdt de lijn met het gezin vast tot de vervolgstap loopt.',
        timeframe: 'Binnen 5 werkdagen',
      },
    ],
    parentInfo:
      'Aan de jeugdbeschermingstafel praten de hulpverleners mét u over de veiligheid van uw kind. U bent er zelf bij en mag iemand meenemen die u vertrouwt. U hoort wat de zorgen zijn en u kunt vertellen hoe u het ziet. Samen wordt bekeken of hulp op vrijwillige basis genoeg is.',
    basis:
      'Bouwsteen 4 van de Verbeteragenda: één werkwijze voor de zeven Gelderse jeugdbeschermingstafels. De inbreng voor de inkoop wenste doorontwikkeling met de Raad, jeugdbeschermer, lokaal team, ouder en kind en een onafhankelijk voorzitter. De termijnen hier zijn een voorbeeld.',
    body: richText(
      h2('Wanneer'),
      p(
        'Als het lokale team of Veilig Thuis twijfelt of de veiligheid van een kind met vrijwillige hulp te herstellen is, en ouders onvoldoende meewerken of de zorgen ernstig zijn.',
      ),
      h2('Wie zitten aan tafel'),
      ul(
        'de ouders, en het kind als dat kan',
        'de professional van het lokale team',
        'de Raad voor de Kinderbescherming',
        'een jeugdbeschermer van de GI',
        'een onafhankelijk voorzitter',
      ),
      callout({
        variant: 'veiligheid',
        title: 'Acute onveiligheid',
        text: 'Is een kind nu onveilig, wacht dan niet op de tafel: bel Veilig Thuis (0800-2000) of bij direct gevaar 112.',
      }),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Bouwsteen 4'),
      source('inkoop-jb-gelderland', 'Deelnemers jeugdbeschermingstafel'),
      source('voorbeeld', 'Stappen en termijnen'),
    ],
    isExample: true,
  },
  {
    title: 'Jeugdhulp aanmelden vanuit een maatregel',
    slug: 'jeugdhulp-aanmelden-vanuit-een-maatregel',
    summary:
      'Eén route voor jeugdbeschermers om jeugdhulp aan te vragen, met één formulier en één aanspreekpunt per gemeente.',
    buildingBlocks: [5],
    audiences: ['jeugdbeschermer', 'jeugdreclasseerder', 'lokaal-team', 'gemeente', 'zorgaanbieder'],
    steps: [
      {
        title: 'Hulpvraag beschrijven',
        who: 'Jeugdbeschermer',
        action: 'Beschrijft met ouders welke hulp nodig is en waarom, in de gewone taal van het gezin.',
      },
      {
        title: 'Aanmelden met het Gelderse formulier',
        who: 'Jeugdbeschermer',
        action: 'Vult het ene aanmeldformulier in en stuurt het naar het aanspreekpunt van de gemeente van het gezin.',
        timeframe: 'Binnen 5 werkdagen na het besluit over de hulp',
      },
      {
        title: 'Toewijzen',
        who: 'Aanspreekpunt gemeente (lokaal team)',
        action:
          'Zorgt voor de toewijzing en het berichtenverkeer met de aanbieder; belt de jeugdbeschermer als er iets ontbreekt.',
        timeframe: 'Binnen 5 werkdagen',
      },
      {
        title: 'Start van de hulp bewaken',
        who: 'Jeugdbeschermer',
        action:
          'Kijkt na of de hulp ook echt start; bij wachttijd overlegt hij met het aanspreekpunt over een overbrugging.',
      },
    ],
    parentInfo:
      'Als uw kind onder toezicht staat, vraagt de jeugdbeschermer de hulp voor u aan. U hoeft daarvoor niet zelf naar de gemeente. De jeugdbeschermer bespreekt met u welke hulp het wordt en laat weten wanneer die begint.',
    basis:
      'Bouwsteen 5: het aanmelden van jeugdhulp was complex, arbeidsintensief en per gemeente en aanbieder anders. Eén vereenvoudigd proces moet de administratieve last voor jeugdbeschermers verlagen. Het formulier en de termijnen hier zijn een voorbeeld.',
    body: richText(
      h2('Waarom één route'),
      p(
        'Elke regio had eigen producten en productcodes, en elke gemeente een eigen manier van toewijzen. Eén route scheelt zoektijd en maakt regio’s onderling vergelijkbaar.',
      ),
      stepsBlock([
        { title: 'Hulpvraag', who: 'Jeugdbeschermer met ouders' },
        { title: 'Aanmelding', who: 'Jeugdbeschermer', timeframe: 'Binnen 5 werkdagen' },
        { title: 'Toewijzing', who: 'Aanspreekpunt gemeente', timeframe: 'Binnen 5 werkdagen' },
        { title: 'Start hulp', who: 'Jeugdhulpaanbieder' },
      ]),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Bouwsteen 5'),
      source('voorbeeld', 'Formulier, aanspreekpunt en termijnen'),
    ],
    isExample: true,
  },
  {
    title: 'Consultatie en advies door de gecertificeerde instelling',
    slug: 'consultatie-en-advies-door-de-gi',
    summary: 'Lokale teams kunnen een jeugdbeschermer laten meedenken vóór, tijdens en na een maatregel.',
    buildingBlocks: [2, 3],
    audiences: ['lokaal-team', 'jeugdbeschermer', 'onderwijs', 'huisarts'],
    steps: [
      {
        title: 'Vraag stellen',
        who: 'Professional lokaal team',
        action:
          'Belt of mailt het consultatiepunt van de GI met een concrete vraag: hoe ernstig is dit, wat kan ik nog doen, is opschalen nodig?',
      },
      {
        title: 'Meedenken',
        who: 'Jeugdbeschermer (consulent)',
        action:
          'Denkt mee over de veiligheid en de aanpak, zo nodig door aan te schuiven bij een casusbespreking of een gesprek met het gezin.',
        timeframe: 'Bij voorkeur binnen 2 werkdagen',
      },
      {
        title: 'Afspraken maken',
        who: 'Lokaal team en GI',
        action:
          'Leggen vast wat het lokale team doet, wat de GI eventueel aanvullend doet en wanneer ze opnieuw contact hebben.',
      },
      {
        title: 'Terugkijken',
        who: 'Lokaal team',
        action: 'Bespreekt na afloop kort wat het advies opleverde; dat helpt beide partijen leren.',
      },
    ],
    parentInfo:
      'Soms vraagt uw hulpverlener advies aan een jeugdbeschermer, zonder dat er een maatregel is. Dat gebeurt meestal zonder uw naam te noemen. Is meer nodig, dan bespreekt uw hulpverlener dat eerst met u.',
    basis:
      'De Noord-Hollandse regio’s vragen GI’s hun expertise te delen met wijkteams vóór, tijdens en na een maatregel. De inkoopinbreng voor Gelderland vraagt ruimte voor consultatie en advies en het trainen van drang- en dwangvaardigheden. Een termijn noemen de bronnen niet.',
    body: richText(
      h2('Waarvoor'),
      ul(
        'twijfel of de zorgen ernstig genoeg zijn om op te schalen',
        'een gezin dat hulp afhoudt terwijl de zorgen blijven',
        'afschalen na een maatregel: wat heeft het lokale team nodig om het over te nemen',
      ),
      h2('Leervormen'),
      p(
        'Naast een telefonische consultatie kan een jeugdbeschermer aanschuiven bij een casusbespreking of een professional van het lokale team tijdens het werk coachen: wat zit er achter het gedrag van een gezin, en hoe neem je positie zonder de relatie te verliezen?',
      ),
      callout({
        variant: 'info',
        text: 'Anoniem overleggen mag: noem geen namen zolang het gezin niet weet dat u advies vraagt.',
      }),
    ),
    sources: [
      source('visie-noord-holland', 'Expertisedeling GI met wijkteams'),
      source('inkoop-jb-gelderland', 'Consultatie en advies; kruisbestuiving'),
    ],
    isExample: true,
  },
  {
    title: 'Overdracht na beëindiging van een maatregel',
    slug: 'overdracht-na-beeindiging-van-een-maatregel',
    summary:
      'Een gezamenlijk overdrachtsgesprek met gezin en ontvangende professional, zodat bereikte resultaten blijven.',
    buildingBlocks: [3],
    audiences: ['jeugdbeschermer', 'lokaal-team', 'zorgaanbieder', 'ouders'],
    steps: [
      {
        title: 'Einddoel concreet maken',
        who: 'Jeugdbeschermer',
        action:
          'Beschrijft zo concreet mogelijk wat het gezin moet hebben bereikt voordat de ondertoezichtstelling kan eindigen.',
        timeframe: 'Bij de start en bij elke evaluatie',
      },
      {
        title: 'Overdrachtsgesprek plannen',
        who: 'Jeugdbeschermer',
        action: 'Nodigt het gezin en de professional van de ontvangende organisatie uit voor één gezamenlijk gesprek.',
        timeframe: 'Vóór het einde van de maatregel',
      },
      {
        title: 'Samen doorlopen',
        who: 'Jeugdbeschermer, ontvangende professional, gezin',
        action:
          'Bespreken de resultaten naast de doelen van het begin, de risico’s die er nog zijn en hoe die worden beheerst, en wat er gebeurt als het terugvalt.',
      },
      {
        title: 'Afspraken vastleggen',
        who: 'Ontvangende professional',
        action:
          'Legt de afspraken over borging en het terugvalscenario vast in het eigen plan en deelt ze met het gezin.',
      },
    ],
    parentInfo:
      'Als de maatregel stopt, houdt de hulp niet ineens op. In één gesprek met u, de jeugdbeschermer en de nieuwe hulpverlener bespreekt u wat goed gaat, waar u nog op let en wie u belt als het minder gaat.',
    basis:
      'Resultaateisen uit de gemeenschappelijke visie van de Noord-Hollandse regio’s: een gezamenlijk overdrachtsgesprek na een dwangmaatregel, met doelen, risico’s, beheersing en terugvalscenario’s. Landelijk werd in 2018 gesignaleerd dat warme overdracht vaak ontbreekt.',
    body: richText(
      h2('Wat er besproken wordt'),
      ol(
        'de resultaten, naast de doelen van het begin',
        'de risico’s die zijn gezien en hoe die nu worden beheerst',
        'de afgesproken terugvalscenario’s: wat zijn de signalen, wie doet dan wat',
      ),
      p(
        bold('Geen overdracht op papier alleen: '),
        'een gezin wordt niet "over de schutting gegooid". Het gesprek is de overdracht.',
      ),
    ),
    sources: [
      source('visie-noord-holland', 'Resultaateisen jeugdbeschermer; overdracht na maatregel'),
      source('rondetafels-jeugdwet-2018', 'Warme overdracht ontbreekt vaak'),
    ],
    isExample: true,
  },
  {
    title: 'Tijdig op- en afschalen',
    slug: 'tijdig-op-en-afschalen',
    summary:
      'Niet te lang en te licht: op tijd opschalen als de veiligheid het vraagt, en op tijd afschalen als het kan.',
    buildingBlocks: [3, 6],
    audiences: ['lokaal-team', 'jeugdbeschermer', 'veilig-thuis', 'raad', 'gemeente'],
    steps: [
      {
        title: 'Veiligheid wegen',
        who: 'Professional lokaal team',
        action:
          'Weegt bij elk evaluatiemoment of de veiligheid herstelt; gebruikt daarbij een vast veiligheidsinstrument van de eigen organisatie.',
        timeframe: 'Bij elke evaluatie',
      },
      {
        title: 'Consulteren',
        who: 'Professional lokaal team',
        action: 'Vraagt advies aan Veilig Thuis, de Raad of een GI als de zorgen blijven of ouders hulp afhouden.',
      },
      {
        title: 'Opschalen',
        who: 'Lokaal team',
        action:
          'Meldt het gezin aan voor de jeugdbeschermingstafel of doet een verzoek tot onderzoek bij de Raad. Het lokale team blijft betrokken.',
      },
      {
        title: 'Afschalen',
        who: 'Jeugdbeschermer',
        action: 'Zodra de veiligheid het toelaat: afschalen met een gezamenlijk overdrachtsgesprek.',
        timeframe: 'Zodra de einddoelen bereikt zijn',
      },
    ],
    parentInfo:
      'Hulpverleners kijken steeds samen met u of het veilig genoeg is voor uw kind. Gaat het beter, dan wordt de hulp lichter. Blijven er zorgen, dan kan er meer hulp komen. U hoort altijd vooraf wat er gebeurt en waarom.',
    basis:
      'De inkoopinbreng signaleert dat te lang wordt gewacht met opschalen, waarna snel dwang nodig is ("te lang, te licht"), zichtbaar in meer spoedeisende hulp en crisiszorg. De landelijke rondetafels zagen hetzelfde. Gelderland meet afschalen met de KPI "afschalen in de tijd van samenloop".',
    body: richText(
      h2('Te lang, te licht'),
      p(
        'Een laagdrempelige aanpak is goed, maar kan ertoe leiden dat te lang wordt doorgegaan in het vrijwillig kader. Dan volgt later alsnog een spoedmaatregel of crisisplaatsing, met meer schade voor het kind.',
      ),
      h2('Signalen om op te schalen'),
      ul(
        'de zorgen blijven of nemen toe, ondanks hulp',
        'ouders houden hulp af of komen afspraken niet na',
        'een kind is niet meer in beeld',
        'professionals verschillen van mening over de veiligheid: gebruik dan het escalatiemodel',
      ),
      p('Zie ook ', link('het escalatiemodel', '/escalatiemodel'), ' en de ', link('monitor', '/monitor'), '.'),
    ),
    sources: [
      source('inkoop-jb-gelderland', 'Innovatie: tijdig op- en afschalen'),
      source('rondetafels-jeugdwet-2018', 'Toename spoedbeslissingen'),
      source('gvjb-voortgang-2021', 'KPI 7'),
    ],
    isExample: true,
  },
  {
    title: 'Familiegroepsplan en netwerk versterken',
    slug: 'familiegroepsplan-en-netwerk-versterken',
    summary:
      'Het gezin houdt waar het kan zelf de regie: met het eigen netwerk een plan maken en dat netwerk aantoonbaar sterker maken.',
    buildingBlocks: [1, 3],
    audiences: ['jeugdbeschermer', 'lokaal-team', 'ouders'],
    steps: [
      {
        title: 'Netwerk in kaart brengen',
        who: 'Jeugdbeschermer met ouders',
        action:
          'Brengt samen met ouders en kind in kaart wie om het gezin heen staan: familie, buren, vrienden, school, sportclub.',
        timeframe: 'In de eerste weken van de maatregel',
      },
      {
        title: 'Familiegroepsplan aanbieden',
        who: 'Jeugdbeschermer',
        action: 'Biedt ouders consequent de mogelijkheid van een familiegroepsplan en helpt bij de organisatie ervan.',
      },
      {
        title: 'Plan maken',
        who: 'Ouders en netwerk',
        action:
          'Maken zelf een plan voor de veiligheid en de zorg voor het kind; de professional toetst of het plan de zorgen wegneemt.',
      },
      {
        title: 'Resultaten vastleggen',
        who: 'Jeugdbeschermer',
        action: 'Legt vast wat het netwerk doet en gebruikt dat bij de overdracht na de maatregel.',
      },
    ],
    parentInfo:
      'U kent de mensen om u heen het best. Met een familiegroepsplan bedenkt u samen met familie en vrienden hoe uw kind veilig kan opgroeien. De jeugdbeschermer helpt u daarbij en kijkt mee of het plan genoeg is.',
    basis:
      'In de Noord-Hollandse visie investeren jeugdbeschermers actief en aantoonbaar in het netwerk; GI’s faciliteren consequent een familiegroepsplan. De landelijke speerpunten van 2018 vragen altijd netwerk en steunfiguren, ook bij verblijf buiten huis.',
    body: richText(
      h2('Waarom'),
      p(
        'Hulpverleners gaan weer weg; het netwerk blijft. Een gezin dat zelf de regie voert en kan terugvallen op mensen om zich heen, houdt resultaten langer vast.',
      ),
      p(italic('Zoveel thuis als mogelijk, zo intensief als nodig, zo kort als mogelijk.')),
    ),
    sources: [
      source('visie-noord-holland', 'Netwerk en familiegroepsplan'),
      source('rondetafels-jeugdwet-2018', 'Speerpunt 2'),
    ],
    isExample: true,
  },
  {
    title: 'Werken met Signs of Safety',
    slug: 'werken-met-signs-of-safety',
    summary:
      'Een oplossings- en veiligheidsgerichte manier van werken: samen met het gezin zoeken naar wat er goed gaat en wat er moet veranderen.',
    buildingBlocks: [1],
    audiences: ['jeugdbeschermer', 'lokaal-team', 'veilig-thuis', 'raad'],
    steps: [
      {
        title: 'Zorgen benoemen',
        who: 'Professional',
        action: 'Beschrijft concreet en feitelijk wat er is gebeurd en wat de zorgen zijn; details, geen oordelen.',
      },
      {
        title: 'Krachten zoeken',
        who: 'Professional met gezin',
        action:
          'Zoekt samen met het gezin naar momenten waarop het wel veilig was: elk gezin heeft signalen van veiligheid.',
      },
      {
        title: 'Doelen afspreken',
        who: 'Gezin en professional',
        action: 'Spreken af wat er moet gebeuren om de zorgen weg te nemen, in kleine, concrete stappen.',
      },
      {
        title: 'Keuzes bieden',
        who: 'Professional',
        action: 'Biedt waar mogelijk keuzes en gebruikt elk gesprek als kans voor verandering.',
      },
    ],
    parentInfo:
      'Bij deze manier van werken kijken de hulpverleners niet alleen naar wat er mis gaat, maar ook naar wat er goed gaat in uw gezin. U bedenkt samen welke stappen nodig zijn. U hoort eerlijk wat de zorgen zijn.',
    basis:
      'De twaalf uitgangspunten van Signs of Safety (Turnell en Edwards), zoals beschreven in het Drentse beleidskader van 2012. Dat document is historisch kader, geen Gelders beleid; de methode wordt hier beschreven als achtergrond. De vier stappen zijn een voorbeeld van hoe u de uitgangspunten toepast, geen vastgestelde Gelderse werkwijze.',
    body: richText(
      h2('De twaalf uitgangspunten'),
      ol(
        'Respecteer ouders als mensen met wie samenwerken de moeite waard is.',
        'Werk met de persoon, niet met het misbruik.',
        'Samenwerken kan ook als dwang nodig is.',
        'Elk gezin heeft signalen van veiligheid.',
        'Houd veiligheid steeds centraal.',
        'Ga na wat kind en gezin zelf willen.',
        'Zoek altijd naar details.',
        'Richt je op kleine veranderingen.',
        'Verwar details niet met oordelen.',
        'Bied keuzes.',
        'Gebruik het gesprek als platform voor verandering.',
        'Zie praktische uitgangspunten als streefdoelen, niet als aannames.',
      ),
      callout({
        variant: 'veiligheid',
        text: 'Wat niet kapot is, hoeft u niet te maken, tenzij de veiligheid van het kind in gevaar is.',
      }),
    ),
    sources: [source('drenthe-2012', 'Veilig opgroeien en Signs of Safety'), source('voorbeeld', 'De vier stappen')],
    isExample: true,
  },
  {
    title: 'De regierol in de PDCA-cyclus',
    slug: 'regierol-in-de-pdca-cyclus',
    summary:
      'Wie in welke fase de regie heeft, wat partners van elkaar verwachten, en hoe dat in elke ronde van plannen en evalueren terugkomt.',
    buildingBlocks: [3, 6],
    audiences: ['lokaal-team', 'jeugdbeschermer', 'gemeente', 'zorgaanbieder'],
    steps: [
      {
        title: 'Plan: regie beleggen',
        who: 'Lokaal team of jeugdbeschermer',
        action:
          'Spreekt bij de start af wie de regie voert, wie het plan opstelt, wie registreert en wie anderen mag aanspreken.',
      },
      {
        title: 'Do: uitvoeren',
        who: 'Alle betrokken partners',
        action: 'Voeren hun deel uit en melden het de regiehouder als iets stokt.',
      },
      {
        title: 'Check: evalueren',
        who: 'Regiehouder met gezin',
        action: 'Kijkt samen met het gezin of de doelen dichterbij komen en of de regie nog goed belegd is.',
        timeframe: 'Ten minste elk kwartaal',
      },
      {
        title: 'Act: bijsturen',
        who: 'Regiehouder',
        action: 'Past het plan aan, schaalt op of af, of draagt de regie over met een gezamenlijk gesprek.',
      },
    ],
    parentInfo:
      'Er is altijd één hulpverlener die het overzicht houdt en bij wie u terecht kunt. Samen kijkt u regelmatig of de hulp helpt. Verandert dat aanspreekpunt, dan hoort u dat vooraf.',
    basis:
      'De inkoopinbreng geeft de invulling van de regierol hoge prioriteit, als vast onderdeel van de PDCA-cyclus en gekoppeld aan tijdig op- en afschalen. Landelijk klonk de wens "1 regisseur, 1 mandaat, 1 kader".',
    body: richText(
      h2('Vragen die de regiehouder beantwoordt'),
      ul(
        'wie stelt het plan op en wie beheert de agenda’s',
        'wie registreert en informeert de anderen',
        'hoe is de privacy geregeld',
        'aan wie leggen de betrokken hulpverleners verantwoording af',
        'wie trekt aan de bel als het spannend wordt',
      ),
    ),
    sources: [
      source('inkoop-jb-gelderland', 'Regierol en PDCA'),
      source('rondetafels-jeugdwet-2018', '1 regisseur, 1 mandaat, 1 kader'),
      source('drenthe-2012', 'Checklist coördinatie van zorg'),
    ],
    isExample: true,
  },
  {
    title: 'Escaleren als de samenwerking vastloopt',
    slug: 'escaleren-als-de-samenwerking-vastloopt',
    summary:
      'Zo gebruikt u het escalatiemodel: eerst samen in gesprek, dan trede voor trede omhoog, terwijl het werk met het gezin doorgaat.',
    buildingBlocks: [6],
    audiences: ['lokaal-team', 'jeugdbeschermer', 'veilig-thuis', 'raad', 'gemeente'],
    // One step per level of the escalation model, so the method and the model cannot drift apart.
    steps: [
      ...ESCALATION_LEVELS.map((level) => ({
        title: level.title,
        who: level.who,
        action: `Legt de kwestie voor aan ${level.to.charAt(0).toLowerCase()}${level.to.slice(1)}. Beoogd resultaat: ${level.expectedOutcome.charAt(0).toLowerCase()}${level.expectedOutcome.slice(1)}`,
        timeframe: `Binnen ${level.withinWorkingDays} werkdagen`,
      })),
      {
        title: 'Terugkoppelen en leren',
        who: 'Alle betrokkenen',
        action: 'Laten het gezin weten wat er is besloten en bespreken achteraf wat de samenwerking kan verbeteren.',
      },
    ],
    parentInfo:
      'Soms zijn hulpverleners het niet met elkaar eens. Dat mag niet ten koste gaan van de veiligheid van uw kind. Ze lossen het dan snel op, zo nodig met hun leidinggevenden. Ondertussen gaat de hulp aan u gewoon door.',
    basis:
      'Bouwsteen 6. De bronnen beschrijven wanneer het model wordt gebruikt, niet de treden en termijnen; die zijn hier een voorbeeld, gelijk aan het voorbeeld op de pagina Escalatiemodel.',
    body: richText(
      h2('Wanneer'),
      ul(
        'u verschilt van visie op de ontwikkelingen in een gezin',
        'afspraken worden niet nagekomen',
        'het handelen van een professional is nalatig of zorgwekkend',
      ),
      callout({
        variant: 'veiligheid',
        title: 'Veiligheid gaat voor',
        text: 'Escaleren is geen reden om te wachten. Is een kind acuut onveilig, handel dan eerst en escaleer daarna.',
      }),
      p('De treden staan uitgewerkt op de pagina ', link('Escalatiemodel', '/escalatiemodel'), '.'),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Bouwsteen 6'),
      source('gvjb-website', 'Toepassingssituaties escalatiemodel'),
      source('voorbeeld', 'Treden en termijnen'),
    ],
    isExample: true,
  },
  {
    title: 'Van vrijwillige hulp naar een maatregel',
    slug: 'van-vrijwillige-hulp-naar-een-maatregel',
    summary:
      'De route van het lokale team naar de veiligheidsorganisaties: signaleren, consulteren en zo nodig de tafel of de Raad.',
    buildingBlocks: [2, 4],
    audiences: ['lokaal-team', 'onderwijs', 'huisarts', 'veilig-thuis', 'raad'],
    steps: [
      {
        title: 'Signaleren en zelf oppakken',
        who: 'Professionals in het vrijwillig kader',
        action:
          'Lokaal team, school, huisarts of kinderopvang signaleren risico’s; het lokale team pakt vrijwillige hulp zelf op.',
      },
      {
        title: 'Advies vragen',
        who: 'Lokaal team',
        action:
          'Bij ernstige zorgen of onvoldoende motivatie van ouders: advies en consultatie bij Veilig Thuis, de Raad of een GI.',
      },
      {
        title: 'Inbrengen aan de tafel',
        who: 'Lokaal team',
        action:
          'Brengt het gezin in bij de jeugdbeschermingstafel om te beoordelen of een kinderbeschermingsmaatregel nodig is.',
      },
      {
        title: 'Betrokken blijven',
        who: 'Lokaal team',
        action: 'Blijft het gezin helpen tijdens het onderzoek en na een eventuele maatregel.',
      },
    ],
    parentInfo:
      'De meeste hulp is vrijwillig: u beslist mee. Als de zorgen over de veiligheid van uw kind blijven, kan uw hulpverlener advies vragen aan andere organisaties. Blijven de zorgen ernstig, dan kan de kinderrechter een maatregel opleggen. Zolang er geen maatregel is, mag u hulp weigeren; uw hulpverlener legt uit wat dat betekent.',
    basis:
      'De route volgt de gemeenschappelijke visie van zes Noord-Hollandse regio’s en past bij bouwsteen 2 en 4 in Gelderland. Voor Gelderland geldt: preventieve jeugdbescherming op vrijwillige basis gaat voor.',
    body: richText(
      h2('Drie stappen'),
      stepsBlock([
        { title: 'Signaleren en zelf oppakken', who: 'Lokaal team, school, huisarts, kinderopvang' },
        {
          title: 'Consulteren',
          who: 'Lokaal team met Veilig Thuis, de Raad of een GI',
          text: 'Bij ernstige zorgen of als ouders hulp afhouden.',
        },
        {
          title: 'Inbrengen aan de jeugdbeschermingstafel',
          who: 'Lokaal team',
          text: 'De tafel beoordeelt of een kinderbeschermingsmaatregel nodig is.',
        },
      ]),
      p(
        'Gemeenten verwachten dat lokale teams tijdig een GI consulteren, die betrekken bij complexe problemen en tijdig opschalen.',
      ),
    ),
    sources: [
      source('visie-noord-holland', 'Route lokaal team naar veiligheidsorganisaties'),
      source('gvjb-website', 'Preventieve jeugdbescherming gaat voor'),
    ],
    isExample: true,
  },
  {
    title: 'Een vraag voorleggen aan het Regionaal Expertteam',
    slug: 'vraag-voorleggen-aan-het-regionaal-expertteam',
    summary:
      'Als de gewone route geen passende hulp oplevert: zo legt u een vastgelopen situatie voor aan het Expertteam van uw regio.',
    buildingBlocks: [7],
    audiences: ['lokaal-team', 'jeugdbeschermer', 'gemeente', 'zorgaanbieder'],
    steps: [
      {
        title: 'Nagaan of de gewone route is doorlopen',
        who: 'Verwijzer (lokaal team of jeugdbeschermer)',
        action: 'Zet op een rij welke hulp is geprobeerd en waar het vastloopt.',
      },
      {
        title: 'Aanmelden',
        who: 'Verwijzer',
        action: 'Meldt de situatie aan bij het Expertteam van de regio, met toestemming van ouders of jongere.',
        timeframe: 'Binnen 5 werkdagen na het vastlopen',
      },
      {
        title: 'Meedenken en verbinden',
        who: 'Regionaal Expertteam',
        action:
          'Brengt de benodigde expertise bij elkaar en zoekt met aanbieders en gemeente naar een passende oplossing.',
        timeframe: 'Eerste reactie binnen 5 werkdagen',
      },
      {
        title: 'Afspraken uitvoeren',
        who: 'Verwijzer en aanbieders',
        action: 'Voeren de gemaakte afspraken uit; het Expertteam volgt of de oplossing werkt.',
      },
    ],
    parentInfo:
      'Soms is het moeilijk de juiste hulp voor uw kind te vinden. Dan kan uw hulpverlener, met uw toestemming, hulp vragen aan een team met veel ervaring. Dat team zoekt mee naar een oplossing.',
    basis:
      'Bouwsteen 7: elke Gelderse jeugdhulpregio heeft een eigen Regionaal Expertteam. De stappen en termijnen zijn een voorbeeld.',
    body: richText(
      h2('Voor wie'),
      p(
        'Voor kinderen en jongeren met complexe, vaak meervoudige hulpvragen, bij wie de gewone route geen passende hulp of plek oplevert.',
      ),
      p('Het contactpunt van het Expertteam staat op de ', link('pagina van uw regio', '/regios'), '.'),
    ),
    sources: [source('gvjb-voortgang-2021', 'Bouwsteen 7'), source('voorbeeld', 'Stappen en termijnen')],
    isExample: true,
  },
  {
    title: 'Samen leren in de vaste groep per gemeente',
    slug: 'samen-leren-in-de-vaste-groep-per-gemeente',
    summary:
      'Professionals van GI, Raad, Veilig Thuis en lokaal team die aan één gemeente verbonden zijn, leren elkaar kennen en leren van casussen.',
    buildingBlocks: [2],
    audiences: ['lokaal-team', 'jeugdbeschermer', 'veilig-thuis', 'raad'],
    steps: [
      {
        title: 'Kennismaken',
        who: 'Vaste groep per gemeente',
        action: 'De professionals stellen zich aan elkaar voor: wie ben ik, wat is mijn opdracht, wanneer bel je mij.',
      },
      {
        title: 'Elkaars werkwijze leren kennen',
        who: 'Vaste groep per gemeente',
        action: 'Lopen een dag mee of schuiven aan bij elkaars casusbespreking.',
      },
      {
        title: 'Samen casussen nabespreken',
        who: 'Vaste groep per gemeente',
        action: 'Bespreken geregeld een afgeronde casus: wat ging goed in de samenwerking, wat kan beter?',
        timeframe: 'Eens per zes weken',
      },
    ],
    parentInfo:
      'De hulpverleners in uw gemeente kennen elkaar. Daardoor hoeft u uw verhaal minder vaak te herhalen en weten zij sneller wie u verder kan helpen.',
    basis:
      'Bouwsteen 2 beschrijft een vaste groep per gemeente die in drie stappen wordt opgebouwd, zonder die stappen uit te schrijven. De drie stappen en de frequentie hier zijn een voorbeeld.',
    body: richText(
      h2('Waarom een vaste groep'),
      p(
        'Korte lijnen ontstaan niet vanzelf. Als dezelfde mensen elkaar steeds weer tegenkomen, weten ze wat de ander kan en mag, en bellen ze eerder.',
      ),
      p(
        'Landelijke rondetafels zeggen het zo: samenwerking is een vak, en relatie en vertrouwen zijn de succesfactoren.',
      ),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Bouwsteen 2'),
      source('rondetafels-jeugdwet-2018', 'Lerend transformeren'),
      source('voorbeeld', 'Stappen en frequentie'),
    ],
    isExample: true,
  },
  {
    title: 'Risicogestuurd werken: samen de onveiligheid analyseren',
    slug: 'risicogestuurd-werken',
    summary:
      'Eerst de risico’s in het gezin goed in kaart, met de ouders en de andere betrokken professionals; daarna pas het plan.',
    buildingBlocks: [1, 3],
    audiences: ['jeugdbeschermer', 'veilig-thuis', 'raad', 'lokaal-team'],
    steps: [
      {
        title: 'Informatie verzamelen',
        who: 'Jeugdbeschermer',
        action: 'Verzamelt feiten bij het gezin en de betrokken professionals; feitelijk, niet interpreterend.',
      },
      {
        title: 'Risico’s benoemen',
        who: 'Jeugdbeschermer met gezin en professionals',
        action: 'Benoemt samen welke risico’s er zijn, hoe groot ze zijn en wat ze beïnvloedt.',
      },
      {
        title: 'Plan op de risico’s afstemmen',
        who: 'Jeugdbeschermer',
        action: 'Baseert het plan van aanpak op die risico’s: wat moet er veranderen, en hoe zien we dat?',
      },
      {
        title: 'Opnieuw wegen',
        who: 'Jeugdbeschermer',
        action: 'Weegt de risico’s opnieuw bij elke evaluatie of nieuwe gebeurtenis.',
        timeframe: 'Bij elke evaluatie',
      },
    ],
    parentInfo:
      'De jeugdbeschermer bespreekt met u wat de risico’s voor uw kind zijn en waarom. Het plan is daarop gebaseerd. U mag zeggen als u het ergens niet mee eens bent; dat wordt vastgelegd.',
    basis:
      'Gelderland: eerst samenwerken voor veiligheid, dan voor risicogestuurde zorg. De Noord-Hollandse visie vraagt een scherpe risicoanalyse met gezin en professionals, volgens de principes van risicogestuurde zorg.',
    body: richText(
      h2('Welk risico accepteren we?'),
      p(
        'Uit huis plaatsen is niet hetzelfde als in veiligheid brengen. Daarom voeren partners samen het gesprek over welk risico aanvaardbaar is, en wat er nodig is om het kleiner te maken.',
      ),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Adagium visie'),
      source('visie-noord-holland', 'Risicoanalyse volgens risicogestuurde zorg'),
      source('rondetafels-jeugdwet-2018', 'Welk risico accepteren we'),
    ],
    isExample: true,
  },
  {
    title: 'Samen inwerken van nieuwe jeugdbeschermers',
    slug: 'samen-inwerken-van-nieuwe-jeugdbeschermers',
    summary:
      'Een gezamenlijk inwerkprogramma van GI’s, Raad en Veilig Thuis, zodat starters vanaf het begin de hele keten kennen.',
    buildingBlocks: [8],
    audiences: ['jeugdbeschermer', 'veilig-thuis', 'raad'],
    steps: [
      {
        title: 'Gezamenlijke startdag',
        who: 'Opleiders van de partners',
        action: 'Nieuwe medewerkers van alle partners starten samen met de visie en de bouwstenen.',
        timeframe: 'In de eerste maand',
      },
      {
        title: 'Meelopen in de keten',
        who: 'Starter',
        action: 'Loopt een dag mee bij Veilig Thuis, de Raad en een lokaal team.',
        timeframe: 'In de eerste drie maanden',
      },
      {
        title: 'Intervisie met starters van andere organisaties',
        who: 'Starter',
        action: 'Neemt deel aan een gemengde intervisiegroep.',
        timeframe: 'Maandelijks in het eerste jaar',
      },
    ],
    parentInfo:
      'Nieuwe hulpverleners leren vanaf het begin hoe de organisaties samenwerken. Dat merkt u aan een betere afstemming.',
    basis:
      'Bouwsteen 8: de partners verkennen het uitwisselen van opleidingsaanbod. De landelijke speerpunten vragen een lerende omgeving voor starters en een gezamenlijke grondlegger in alle opleidingen. Het programma hier is een voorbeeld.',
    body: richText(
      h2('Waarom samen'),
      p(
        'Een starter die weet wat de Raad, Veilig Thuis en het lokale team doen, schakelt sneller en draagt beter over. Bovendien houdt een goede start mensen langer vast.',
      ),
      p('Zie de ', link('scholing', '/scholing'), ' voor de trainingen van de partners.'),
    ),
    sources: [
      source('gvjb-voortgang-2021', 'Bouwsteen 8'),
      source('rondetafels-jeugdwet-2018', 'Lerende omgeving voor starters'),
      source('voorbeeld', 'Inwerkprogramma'),
    ],
    isExample: true,
  },
  {
    title: 'Casusoverleg met de Raad in Rivierenland',
    slug: 'casusoverleg-met-de-raad-rivierenland',
    summary: 'Regionale werkafspraak: een maandelijks spreekuur van de Raad voor de lokale teams in Rivierenland.',
    buildingBlocks: [2, 4],
    audiences: ['lokaal-team', 'raad'],
    region: 'rivierenland',
    steps: [
      {
        title: 'Casus aanmelden',
        who: 'Professional lokaal team',
        action: 'Meldt een casus (zonder namen) aan bij het spreekuur.',
        timeframe: 'Uiterlijk 3 werkdagen vooraf',
      },
      {
        title: 'Bespreken',
        who: 'Raadsonderzoeker en lokaal team',
        action:
          'Bespreken of de zorgen reden zijn voor de jeugdbeschermingstafel of dat verdere vrijwillige hulp volstaat.',
      },
      {
        title: 'Advies vastleggen',
        who: 'Professional lokaal team',
        action: 'Legt het advies vast in het eigen dossier en bespreekt het met ouders.',
      },
    ],
    parentInfo:
      'Uw hulpverlener kan zonder uw naam te noemen advies vragen aan de Raad voor de Kinderbescherming. Daarna bespreekt uw hulpverlener het advies met u.',
    basis:
      'Een voorbeeld van een regionale werkafspraak binnen bouwsteen 2 en 4; de bronnen noemen geen regionale afspraken.',
    body: richText(
      h2('Praktisch'),
      ul(
        'elke eerste dinsdag van de maand',
        'online of op het kantoor van de gemeente Tiel',
        'maximaal vier casussen per spreekuur',
      ),
    ),
    sources: [source('voorbeeld', 'Regionale werkafspraak')],
    isExample: true,
  },
]

export function workingMethodDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'working-methods'>[] {
  return WORKING_METHODS.map((method, index) => ({
    title: method.title,
    slug: method.slug,
    summary: method.summary,
    scope: method.region ? 'regio' : 'gelderland',
    ...(method.region ? { region: idOf(ctx.ids.regions, method.region, 'regio') } : {}),
    buildingBlocks: method.buildingBlocks.map((number) => idOf(ctx.ids.buildingBlocks, number, 'bouwsteen')),
    audiences: method.audiences,
    steps: method.steps,
    parentInfo: method.parentInfo,
    basis: method.basis,
    body: method.body,
    sources: method.sources,
    ...review(ctx.now, {
      reviewedDaysAgo: 20 + index * 11,
      cycleDays: 365,
      notes: [
        [20 + index * 11, 'Stappen nagelopen met uitvoerders uit twee regio’s.'],
        [300 + index * 5, 'Eerste versie op het portaal.'],
      ],
    }),
    isExample: method.isExample,
  }))
}
