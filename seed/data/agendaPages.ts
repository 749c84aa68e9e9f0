import type { RequiredDataFromCollectionSlug } from 'payload'

import { bold, callout, h2, h3, link, p, richText, ul } from '../../src/lexical/build'
import type { SeedContext } from '../lib/context'
import { review, source } from '../lib/review'
import { BUILDING_BLOCKS } from './buildingBlocks'

/** Slug of the page on the two lines of the Verbeteragenda; linked from /visie, /bouwstenen and the navigation. */
export const AGENDA_PAGE_SLUG = 'verbeteragenda'
export const ROUND_TABLES_PAGE_SLUG = 'rondetafels-2018'

/**
 * The Verbeteragenda has two lines: contracting (lijn 1) and working together (lijn 2, the eight
 * building blocks). This page tells both and the agenda's timeline, from the spring 2021 progress
 * report and the partners' public pages; the quality criteria from the procurement input are
 * wishes, and the page says so.
 */
export function agendaPageDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'pages'>[] {
  return [
    {
      title: 'De Verbeteragenda: contracteren en samenwerken',
      slug: AGENDA_PAGE_SLUG,
      summary:
        'De Gelderse Verbeteragenda Jeugdbescherming heeft twee lijnen: één contract met de gecertificeerde instellingen en betere samenwerking in acht bouwstenen. Wat er in elke lijn gebeurde, en wanneer.',
      body: richText(
        h2('Waarom een verbeteragenda'),
        p(
          'In november 2019 verscheen het rapport "Kwetsbare kinderen onvoldoende beschermd" van de Inspectie Gezondheidszorg en Jeugd. De problemen die de inspectie beschreef, zagen de Gelderse partners ook bij zichzelf. ',
          'In het voorjaar van 2020 zetten de veiligheidsorganisaties en de zeven jeugdhulpregio’s daarom samen actiepunten op papier: de Gelderse Verbeteragenda Jeugdbescherming. De 51 Gelderse gemeenten kregen zo de opdracht om afspraken te maken met de jeugdbescherming.',
        ),
        p(
          'De agenda kent twee lijnen, elk met een eigen projectleider. Ze zijn apart uitgewerkt, maar hangen nauw samen: wat de partners in de bouwstenen kiezen, komt uiteindelijk in het contract terecht.',
        ),
        h2('Lijn 1: Contracteren en basisafspraken'),
        p(
          'Voor de agenda kocht elke jeugdhulpregio zelf jeugdbescherming in bij de gecertificeerde instellingen (GI’s). Tarieven en afspraken verschilden per GI en per regio. ',
          'Lijn 1 wil dat gelijktrekken: uniforme contracten en dezelfde afspraken over registreren en monitoren, zodat jeugdbeschermers minder tijd kwijt zijn aan administratie en het zoeken naar hulp, en meer tijd overhouden voor kinderen en gezinnen.',
        ),
        h3('Wat lijn 1 wilde bereiken'),
        ul(
          'een nieuw contract voor de GI’s vanaf 1 januari 2022, gebaseerd op nieuwe caseloadnormen en één manier van werken;',
          'contractmanagement dat boven de regio’s uit op dezelfde manier werkt;',
          'gelijke afspraken over de bijzondere kosten van de GI’s;',
          'overzicht over de regio’s heen van de hulp die beschikbaar is, bijvoorbeeld met een wachtlijstmonitor;',
          'één bovenregionale dataset met beleidsinformatie, zodat de ontwikkelingen in de jeugdbescherming overal op dezelfde manier worden gevolgd.',
        ),
        h3('Hoe het contract vorm kreeg'),
        ul(
          'De partners kozen een bekostigingsvorm, stelden de producten vast en werkten aan uniforme tarieven per product.',
          'Eén uurtarief dient als onderbouwing voor alle producten. Voor de wettelijk verplichte producten wordt met maandtarieven gewerkt, om administratie te sparen.',
          'Hoe ver de bouwstenen in de praktijk zijn gerealiseerd, weegt mee in het uiteindelijke tarief.',
          'Regionaal maatwerk is mogelijk, als het geen extra kosten meebrengt.',
          'Het contractmanagement voert voortgangsgesprekken op bovenregionaal én op regionaal niveau; die afspraken staan in het contract zelf.',
          'Of er één inkoopprocedure voor alle regio’s kon komen of een aparte per regio, moest in 2021 nog worden uitgezocht.',
        ),
        p(
          'Het resultaat is een uniform contract voor de zeven jeugdhulpregio’s en de betrokken GI’s, met afspraken over kwaliteit, gewenste ontwikkelingen, tarieven, registratie en monitoring. Vastgestelde stukken staan als download bij ',
          link('Documenten', '/documenten'),
          '.',
        ),
        h3('Monitoring'),
        p(
          'Als eerste gezamenlijke dataset zijn zeven kritische prestatie-indicatoren (KPI’s) opgesteld. Daarvoor moet elke gemeente het iJW-berichtenverkeer gebruiken. ',
          'Omdat elke regio eigen jeugdhulpproducten en -codes had, vroeg de werkgroep Data en stuurinformatie mandaat voor één vereenvoudigde indeling van jeugdhulp, zodat regio’s te vergelijken zijn. De indicatoren staan in de ',
          link('monitor', '/monitor'),
          '.',
        ),
        h2('Lijn 2: Samenwerken en kennisdelen'),
        p(
          'Lijn 2 gaat over het werk met gezinnen. Het doel: samenwerken vanuit één visie, met één werkwijze en dezelfde formulieren. ',
          'Een gezin heeft dan te maken met een vaste kring van professionals uit het lokale team en de veiligheidsorganisaties, die hun inzet op elkaar afstemmen.',
        ),
        p('De samenwerkingsafspraken zijn uitgewerkt in acht bouwstenen:'),
        ul(...BUILDING_BLOCKS.map((block) => [link(`${block.number}. ${block.title}`, `/bouwstenen/${block.slug}`)])),
        p(
          'De bouwstenen maken de bestaande samenwerking steviger, maar het werk bleef in 2021 een estafette: elke organisatie deed een deel en droeg het gezin daarna over. ',
          'Het doel is een teammodel. De steviger samenwerking is de opstap naar ',
          link('toekomsttuinen', '/toekomsttuinen'),
          ': proeftuinen in de Gelderse regio’s waar het teammodel wordt geoefend. De financiële uitwerking van een toekomsttuin wordt onderdeel van het contract; zo landt lijn 2 in lijn 1.',
        ),
        h2('Tijdlijn'),
        ul(
          [bold('November 2019: '), 'inspectierapport "Kwetsbare kinderen onvoldoende beschermd".'],
          [bold('Voorjaar 2020: '), 'partners en regio’s stellen samen de Verbeteragenda op.'],
          [
            bold('Juli 2020: '),
            'start van het project. Het plan was om binnen een half jaar alles te verbeteren; dat bleek te ambitieus.',
          ],
          [
            bold('Voorjaar 2021: '),
            'het project is inmiddels verlengd tot 1 juli 2021. Het visiedocument "Gelderse kinderen, goed beschermd" is vastgesteld, de werkwijze van de jeugdbeschermingstafels beschreven en in elke regio is een Regionaal Expertteam aan het werk. De richting van de bouwstenen, de KPI-dataset en het gebruik van iJW liggen bij de regio’s ter instemming.',
          ],
          [
            bold('Juni 2021: '),
            'het bovenregionaal Bestuurlijk Overleg bespreekt het contract en de samenwerkingsafspraken; daarna beslissen de regio’s. De uniforme tarieven worden in juni verwacht, de ondertekening door de vier GI’s en de zeven regio’s in de zomer.',
          ],
          [bold('1 juli – 31 december 2021: '), 'implementatie van de resultaten.'],
          [bold('1 januari 2022: '), 'het contract gaat in en de beheerfase begint.'],
          [bold('1 april 2022: '), 'de datum waarop alle acht bouwstenen in de praktijk van kracht moeten zijn.'],
        ),
        h2('Kwaliteitscriteria uit de inkoopgesprekken'),
        p(
          'Bij de voorbereiding van de inkoop noemden de partners criteria waaraan een aanbieder van jeugdbescherming zou moeten voldoen. Het is inbreng voor de inkoop, geen vastgestelde lijst:',
        ),
        ul(
          'de instelling is gecertificeerd en stelt de veiligheid van het kind centraal;',
          'er is een klachtenregeling, bijvoorbeeld doordat de organisatie lid is van een klachteninstantie zoals klacht.nl;',
          'de instelling meet hoe tevreden lokale teams, jongeren en partners als politie en onderwijs zijn over de consultatie en het advies van de GI, en hoe tevreden het netwerk is;',
          'ervaringsdeskundigen denken mee bij het meten van kwaliteit;',
          'medewerkers zijn laagdrempelig bereikbaar, houden de lijnen kort en helpen echt verder;',
          'de instelling maakt onderscheid tussen doelgroepen.',
        ),
        p(
          'Verder werd gevraagd om te omschrijven wat onafhankelijkheid, maatwerk en regie precies betekenen, om na te gaan of huisartsen kunnen meedenken over de criteria, en om aan te sluiten bij landelijke trajecten over sturen op resultaat in plaats van zelf iets nieuws te bedenken. ',
          'Over tarieven klonk de voorkeur voor een gezinstarief in plaats van een tarief per kind, en voor één vast, eenvoudig tarief. Besparen zou beter kunnen door de duur van een ondertoezichtstelling te bekorten met preventie dan door op tarieven te korten.',
        ),
        h3('Het instrument Skil'),
        p(
          'Een licht verstandelijke beperking (LVB) is vaak niet direct te zien. Als hulpmiddel daarbij werd het instrument Skil genoemd: wijkteams kunnen het gebruiken om te herkennen of iemand tot de LVB-doelgroep hoort.',
        ),
        callout({
          variant: 'info',
          title: 'Meer achtergrond',
          text: 'Wat landelijke rondetafels in 2018 opmerkten over jeugdhulp en jeugdbescherming, staat op de pagina "Wat de rondetafels van 2018 opleverden".',
        }),
        p('Zie ook: ', link('Wat de rondetafels van 2018 opleverden', `/paginas/${ROUND_TABLES_PAGE_SLUG}`), '.'),
      ),
      sources: [
        source('gvjb-voortgang-2021', 'Lijn 1 en lijn 2, voortgang contractering en monitoring, samenhang, planning'),
        source('gvjb-website', 'Ontstaan in april 2020, uniform contract, bouwstenen van kracht per 1 april 2022'),
        source('inkoop-jb-gelderland', 'Kwaliteitscriteria en instapvoorwaarden, tarieven, instrument Skil'),
      ],
      ...review(ctx.now, {
        reviewedDaysAgo: 10,
        notes: [
          [10, 'Kwaliteitscriteria uit de inkoopgesprekken en het instrument Skil toegevoegd.'],
          [12, 'Pagina over de twee lijnen en de tijdlijn van de Verbeteragenda geplaatst.'],
        ],
      }),
      isExample: false,
    },
    {
      title: 'Wat de rondetafels van 2018 opleverden',
      slug: ROUND_TABLES_PAGE_SLUG,
      summary:
        'Bij de tussentijdse evaluatie van de Jeugdwet spraken gemeenten, instellingen en cliënten in 2018 aan landelijke en regionale tafels. Hun bevindingen per thema, als achtergrond bij de Gelderse afspraken.',
      body: richText(
        p(
          'In februari en maart 2018 bespraken gemeenten, aanbieders, professionals en cliëntenorganisaties de tussenevaluatie van de Jeugdwet aan rondetafels in onder meer Utrecht, Rijnmond, Haaglanden, Twente, Brabant Zuidoost en Zuid-Limburg. ',
          'Het is landelijke achtergrond, geen Gelders beleid. Een aantal bevindingen komt terug in de Gelderse bouwstenen en werkwijzen.',
        ),
        h2('Veiligheid en jeugdbescherming'),
        ul(
          'Lokale teams moeten verder professionaliseren en samen met de GI een stevige positie krijgen: zelf hulp bieden en specialistische kennis erbij halen, geen loket dat alleen doorverwijst.',
          'Doordat vrijwillige hulp soms te lang doorloopt, zijn er meer spoedbeslissingen en crisisplaatsingen. Een kind uit huis plaatsen is niet vanzelf hetzelfde als het in veiligheid brengen; partijen moeten bespreken welk risico ze aanvaarden.',
          'Ouders moeten weten wat hun rechtspositie is, en dat ze hulp mogen weigeren zolang er geen maatregel is.',
        ),
        h2('Aansluiting op de strafrechtketen'),
        ul(
          'In de meeste regio’s sluit de jeugdhulp slecht aan op de strafrechtketen: een warme overdracht en continuïteit van zorg ontbreken vaak.',
          'Een gemeente bood aan een taakstraf te laten uitvoeren onder begeleiding van een jongerenwerker; dat werd als goed voorbeeld genoemd.',
        ),
        h2('Toegang en lokale teams'),
        ul(
          'Kwetsbare gezinnen worden minder goed bereikt. Generalisten kunnen niet alles; specialisten in het team hebben duidelijk meerwaarde.',
          'Volgens cliëntenorganisaties krijgt ongeveer een op de drie kinderen via de toegang nog niet de juiste hulp. Gevraagd werd om samen beslissen met ouders, een second opinion en doorzettingsmacht.',
          'Teams verschillen sterk in samenstelling en taken. Gewenst is een gedeeld beeld van een goed wijkteam, met specialisten, sterke regisseurs en ervaringsdeskundigen.',
        ),
        h2('Cliënten en hun netwerk'),
        ul(
          'Echte inspraak van cliënten komt nog weinig van de grond. Cliënten zijn het meest ontevreden dat er niet naar hen wordt geluisterd, en merken weinig van "1 gezin, 1 plan".',
          'Ervaringsdeskundigen kunnen meer worden ingezet, ook bij het inrichten van wijkteams.',
        ),
        h2('Informatie delen en privacy'),
        ul(
          'Er kan alleen een dossier per kind worden aangelegd, geen gezinsdossier.',
          'Voor het delen van informatie is meestal toestemming nodig; wanneer veiligheid een uitzondering rechtvaardigt, is niet omschreven. Professionals vragen om duidelijke kaders.',
        ),
        h2('Regeldruk'),
        ul(
          'Verschillende inkoopmodellen, tarieven en eisen per gemeente vergroten de administratie. Ruwweg tien procent minder kinderen kan worden geholpen door de tijd die daarin gaat zitten.',
          'Aanbevolen werd een zo eenvoudig mogelijke bekostiging en verantwoording, met weinig verschillen tussen gemeenten.',
        ),
        h2('Onderwijs, huisartsen en andere domeinen'),
        ul(
          'School en huisarts zien problemen vaak als eersten. Een compact jeugdhulpteam op school en een praktijkondersteuner jeugd bij de huisarts helpen om eerder en dichterbij hulp te bieden.',
          'Tot ongeveer driekwart van de jeugdhulp loopt via medische verwijzers, waardoor gemeenten weinig grip hebben op inzet en kosten.',
          'Schotten tussen jeugdhulp, Wmo en participatie staan integraal werken in de weg.',
        ),
        h2('Naar volwassenheid'),
        ul(
          'De kwetsbaarste jongeren, ongeveer vijf procent, hebben bij hun achttiende de minste steun. Begin op je zestiende met een toekomstplan.',
          'Er werd een checklist voor de overgang van 18- naar 18+ ontwikkeld, samen met een zorgverzekeraar.',
        ),
        h2('Vakmanschap en samen leren'),
        ul(
          'Beroepsopleidingen bereiden nog onvoldoende voor op het werk in een wijkteam; een mix van jonge en ervaren professionals werkt het best.',
          'Samen leren gebeurt nu vaak pas na een calamiteit. Transformatielabs en "tel- en vertelsessies", waarin cijfers en verhalen samenkomen, helpen om het leren in het gewone werk op te nemen.',
          'Samenwerken is een vak op zich; relatie en vertrouwen maken het verschil.',
        ),
        p(
          'Zie ook ',
          link('De Verbeteragenda: contracteren en samenwerken', `/paginas/${AGENDA_PAGE_SLUG}`),
          ' en de ',
          link('bouwstenen', '/bouwstenen'),
          '.',
        ),
      ),
      sources: [source('rondetafels-jeugdwet-2018', 'Bevindingen van de landelijke en regionale tafels, per thema')],
      ...review(ctx.now, { reviewedDaysAgo: 10, notes: [[10, 'Pagina geplaatst.']] }),
      isExample: false,
    },
  ]
}
