import type { RequiredDataFromCollectionSlug } from 'payload'

import { slugify } from '../../src/fields/slug'
import type { SourceDocument } from '../../src/fields/sources'
import type { SeedContext } from '../lib/context'
import { review, source } from '../lib/review'

/** Source numbers as the content inventory cites them, mapped to the portal's source list. */
const BRON: Record<string, SourceDocument> = {
  '000': 'inkoop-jb-gelderland',
  '001': 'gvjb-voortgang-2021',
  '002': 'rondetafels-jeugdwet-2018',
  '003': 'drenthe-2012',
  '004': 'visie-noord-holland',
  web: 'gvjb-website',
}

type Term = [title: string, abbreviation: string, synonyms: string[], definition: string, sources: string]

/**
 * The glossary feeds search synonyms (OTS finds ondertoezichtstelling), so abbreviations and the
 * words professionals actually use matter as much as the definitions.
 */
export const TERMS: Term[] = [
  // Organisaties en rollen
  ['Gecertificeerde instelling', 'GI', ['JB-organisatie', 'jeugdbeschermingsorganisatie'], 'Organisatie met een certificaat om kinderbeschermingsmaatregelen en jeugdreclassering uit te voeren. In Gelderland zijn dat Jeugdbescherming Gelderland, de William Schrikker Stichting, het Leger des Heils en Jeugd Veilig Verder.', '001 004'],
  ['Veilig Thuis', 'VT', ['Veilig Thuis-organisatie', 'AMHK'], 'Advies- en meldpunt voor huiselijk geweld en kindermishandeling, ontstaan uit het AMK en de steunpunten huiselijk geweld. Gelderland heeft drie Veilig Thuis-organisaties.', '001 004'],
  ['Raad voor de Kinderbescherming', 'RvdK', ['RvK', 'RVK', 'de Raad'], 'Rijksorganisatie die onderzoekt of een kind een beschermingsmaatregel nodig heeft en de kinderrechter daarover adviseert.', '001 003 004'],
  ['Lokaal team', 'LT', ['wijkteam', 'sociaal team', 'gebiedsgericht team', 'GGT', 'lokale toegang', 'jeugdteam'], 'Het team van de gemeente waar ouders en jongeren terechtkunnen met vragen over opgroeien en opvoeden, en dat hulp biedt in het vrijwillig kader.', '001 002 003'],
  ['Centrum voor Jeugd en Gezin', 'CJG', ['CJG-netwerk'], 'Gemeentelijk netwerk voor vragen over opgroeien en opvoeden dat hulp "erbij haalt" in plaats van doorverwijst; een voorloper van het lokale team.', '002 003'],
  ['Bureau Jeugdzorg', 'BJZ', ['BJz'], 'Provinciale organisatie die tot 2015 de toegang tot jeugdzorg, het AMK en de jeugdbescherming en jeugdreclassering uitvoerde.', '003'],
  ['Advies- en Meldpunt Kindermishandeling', 'AMK', ['meldpunt kindermishandeling'], 'Meldpunt voor vermoedens van kindermishandeling; sinds 2015 opgegaan in Veilig Thuis.', '003'],
  ['Regionaal Expertteam', 'RET', ['Regionaal Expertise Team', 'Regionaal Expert Team', 'expertteam'], 'Team in elke Gelderse jeugdhulpregio dat helpt bij complexe, vastgelopen hulpvragen waarvoor de gewone route geen passende hulp oplevert (bouwsteen 7).', '001 002'],
  ['Jeugdbeschermer', '', ['gezinsvoogd', 'gezinsmanager', 'jeugdbeschermingswerker'], 'Professional van de gecertificeerde instelling die een kinderbeschermingsmaatregel uitvoert en het gezin begeleidt.', '001 003 004'],
  ['Jeugdreclasseerder', '', ['JR-werker'], 'Professional van de gecertificeerde instelling die een jongere begeleidt na een beslissing in het jeugdstrafrecht.', '003 004'],
  ['Jeugd- en gezinswerker', '', ['generalist', 'gezinscoach'], 'Generalist in het lokale team die signaleert, kortdurend zelf helpt en de zorg rond een gezin coördineert.', '003'],
  ['Procescoördinator', '', ['regisseur', 'casusregisseur'], 'Medewerker van de gemeente die het overleg over een complexe casus voorzit en de samenwerking regisseert.', '000 003'],
  ['Kindregisseur', '', ['regisseur jeugd'], 'Eén aanspreekpunt in het lokale team met kennis van drang en dwang, met zoveel mogelijk een preventieve rol.', '000'],
  ['Jeugdhulpregio', '', ['jeugdzorgregio', 'jeugdregio', 'regio'], 'Samenwerkingsverband van gemeenten die samen jeugdhulp inkopen en organiseren. Gelderland telt er zeven.', '001 004'],
  ['Landelijk Werkende Instelling', 'LWI', ['landelijke GI'], 'Instelling die in het hele land jeugdbescherming uitvoert, zoals de William Schrikker Stichting en het Leger des Heils.', '003'],
  ['Vereniging van Nederlandse Gemeenten', 'VNG', [], 'De vereniging van alle Nederlandse gemeenten; mede-opdrachtgever van de regionale rondetafels over de Jeugdwet.', '002 003'],
  ['Interprovinciaal Overleg', 'IPO', [], 'Samenwerkingsverband van de twaalf provincies; was betrokken bij de overgang van de jeugdzorg naar de gemeenten.', '003'],
  ['Ministerie van Volksgezondheid, Welzijn en Sport', 'VWS', [], 'Ministerie dat samen met Justitie en Veiligheid verantwoordelijk is voor het jeugdstelsel.', '002'],
  ['Ministerie van Justitie en Veiligheid', 'JenV', ['J&V', 'V&J'], 'Ministerie dat verantwoordelijk is voor jeugdbescherming en jeugdreclassering als onderdeel van de rechtsbescherming.', '002 003'],
  ['Nederlands Jeugdinstituut', 'NJi', [], 'Landelijk kennisinstituut over jeugd en opvoeding.', '002 003'],
  ['Gemeentelijke Gezondheidsdienst', 'GGD', [], 'Regionale gezondheidsdienst van de gemeenten, onder meer verantwoordelijk voor de jeugdgezondheidszorg.', '002 003'],
  ['Jeugdgezondheidszorg', 'JGZ', ['consultatiebureau', 'schoolarts'], 'Preventieve zorg voor alle kinderen van 0 tot 18 jaar; ziet vrijwel elk kind en is daarmee een belangrijke plek om zorgen vroeg te zien.', '003'],
  ['Veiligheidshuis', '', ['zorg- en veiligheidshuis'], 'Samenwerkingsverband van zorg- en justitiepartners rond complexe casussen, vaak met een strafrechtelijke kant.', '003 004'],
  ['Praktijkondersteuner huisarts jeugd', 'POH-jeugd', ['POH-GGZ', 'praktijkondersteuner jeugd'], 'Ondersteuner in de huisartsenpraktijk die kinderen en ouders ziet, kortdurend helpt en onnodige verwijzingen helpt voorkomen.', '002'],
  // Maatregelen en juridisch kader
  ['Ondertoezichtstelling', 'OTS', ['ots', 'toezicht'], 'Maatregel waarbij de kinderrechter een kind onder toezicht stelt van een gecertificeerde instelling; het gezag van de ouders wordt beperkt.', '000 001 003 004'],
  ['Voogdij', '', ['gezagsbeëindigende maatregel'], 'Het gezag over een kind ligt bij een voogd, een gecertificeerde instelling of een pleegouder, in plaats van bij de ouders.', '001 003'],
  ['Kinderbeschermingsmaatregel', '', ['maatregel', 'beschermingsmaatregel'], 'Door de kinderrechter opgelegde maatregel om een kind te beschermen, zoals een ondertoezichtstelling of voogdij.', '001 004'],
  ['Jeugdbescherming', 'JB', ['kinderbescherming'], 'Het geheel van maatregelen in het civiele recht om een kind te beschermen, zoals de ondertoezichtstelling en de voogdij.', '002 004'],
  ['Jeugdreclassering', 'JR', [], 'Begeleiding van een jongere die met justitie in aanraking kwam, opgelegd of geadviseerd in het strafrecht.', '003 004'],
  ['Gedragsbeïnvloedende maatregel', 'GBM', [], 'Jeugdstrafrechtelijke maatregel sinds 2008, van zes tot twaalf maanden en één keer te verlengen.', '003 004'],
  ['Intensieve trajectbegeleiding Harde Kern', 'ITB Harde Kern', [], 'Intensieve vorm van jeugdreclassering voor jongeren die vaak of zware delicten plegen.', '003 004'],
  ['Intensieve trajectbegeleiding Criem', 'ITB Criem', [], 'Intensieve vorm van jeugdreclassering voor jongeren met ouders uit een etnische minderheidsgroep.', '003 004'],
  ['Justitiële jeugdinrichting', 'JJI', ['jeugddetentie'], 'Inrichting waar jongeren verblijven na een strafrechtelijke beslissing.', '003'],
  ['Drang', '', ['preventieve jeugdbescherming'], 'Hulp in het vrijwillig kader waarbij ouders stevig worden aangespoord mee te werken, met een mogelijke maatregel op de achtergrond.', '000 002 003'],
  ['Dwang', '', ['gedwongen hulp'], 'Hulp die door de rechter is opgelegd, zoals bij een ondertoezichtstelling.', '000 002 003'],
  ['Vrijwillig kader', '', ['voorveld', 'preventief kader'], 'Hulp met instemming van het gezin, zonder rechterlijke maatregel.', '002 004'],
  ['Gedwongen kader', '', ['dwangkader'], 'Hulp die volgt uit een rechterlijke maatregel, in het civiele recht of het strafrecht.', '002 004'],
  ['Samenloop', '', ['samenloop maatregel en jeugdhulp'], 'Een kinderbeschermingsmaatregel loopt tegelijk met jeugdhulp, crisishulp of jeugdreclassering. Drie Gelderse KPI’s meten samenloop.', '001 004'],
  ['Jeugdwet', 'Jw', [], 'Wet die sinds 2015 gemeenten verantwoordelijk maakt voor alle jeugdhulp, jeugdbescherming en jeugdreclassering; in 2018 tussentijds geëvalueerd.', '002 004'],
  ['Wet op de jeugdzorg', 'Wjz', [], 'De voorganger van de Jeugdwet (2005 tot en met 2014), waarin de provincie verantwoordelijk was en Bureau Jeugdzorg de toegang vormde.', '003'],
  ['Wet langdurige zorg', 'Wlz', [], 'Wet voor mensen die blijvend intensieve zorg nodig hebben, sinds 2015.', '002'],
  ['Algemene Wet Bijzondere Ziektekosten', 'AWBZ', [], 'De voorganger van de Wet langdurige zorg; een deel van de jeugdzorg viel tot 2015 onder deze wet.', '002 003'],
  ['Wet maatschappelijke ondersteuning', 'Wmo', [], 'Wet waarmee gemeenten ondersteuning regelen voor zelfredzaamheid en participatie van volwassenen.', '002 003'],
  ['Wet publieke gezondheid', 'Wpg', [], 'Wet die onder meer de jeugdgezondheidszorg van de GGD regelt.', '003'],
  ['Zorgverzekeringswet', 'Zvw', [], 'Wet die de basisverzekering regelt; de jeugd-ggz viel hier tot 2015 onder.', '003'],
  ['Algemene wet bestuursrecht', 'Awb', [], 'Wet met de algemene regels voor besluiten van de overheid, zoals de beschikking voor jeugdhulp.', '002'],
  ['Meldcode huiselijk geweld en kindermishandeling', '', ['meldcode'], 'Stappenplan voor professionals bij vermoedens van huiselijk geweld of kindermishandeling.', '003'],
  // Werkwijzen en processen
  ['Bouwsteen', '', ['bouwstenen'], 'Een van de acht onderdelen van lijn 2 van de Gelderse Verbeteragenda: visie, lokaal leren, veiligheid in gezinnen, jeugdbeschermingstafels, aanmeldproces, escalatiemodel, Regionaal Expertteam en werven en opleiden.', '001'],
  ['Jeugdbeschermingstafel', 'JB-tafel', ['beschermingstafel', 'schakeloverleg'], 'Overleg waarin de Raad, de jeugdbescherming, het lokale team en het gezin, met een onafhankelijk voorzitter, bespreken of een maatregel nodig is.', '000 001 004'],
  ['Escalatiemodel', '', ['opschalingsprotocol', 'doorbraakroute'], 'De afgesproken route om op te schalen als de samenwerking tussen organisaties stagneert en de veiligheid in het geding is (bouwsteen 6).', '001'],
  ['Estafettemodel', '', ['estafette'], 'Manier van werken waarin lokaal team, Veilig Thuis, Raad en GI na elkaar een deel van het traject doen en het gezin steeds overdragen.', '001'],
  ['Teammodel', '', ['team rond het gezin'], 'Manier van werken waarin één vast team van professionals tegelijk met het gezin optrekt en elkaar aanvult.', '001'],
  ['Toekomsttuin', '', ['pilot teammodel', 'toekomsttuinen'], 'Proef in een Gelderse regio om het teammodel in de praktijk te oefenen (bouwsteen 3).', '001 web'],
  ['Op- en afschalen', '', ['opschalen', 'afschalen'], 'Overgaan naar zwaardere hulp (tot een maatregel) of juist naar lichtere hulp (terug naar het lokale team).', '000 001 002'],
  ['Risicogestuurde zorg', '', ['risicogestuurd werken'], 'Werken vanuit een analyse van de risico’s in een gezin, met een plan dat op die risico’s is afgestemd.', '001 004'],
  ['Familiegroepsplan', '', ['eigen-krachtplan', 'netwerkplan'], 'Plan dat ouders samen met hun familie en netwerk opstellen om de veiligheid en zorg voor hun kind te regelen.', '004'],
  ['1 gezin, 1 plan', '1G1P', ['één gezin één plan', 'één kind één plan'], 'Eén samenhangend plan per gezin, met één coördinator of aanspreekpunt.', '002 003'],
  ['Signs of Safety', '', ['SoS'], 'Oplossings- en veiligheidsgerichte werkwijze voor jeugdbescherming, met twaalf uitgangspunten.', '003'],
  ['Stepped care', '', ['getrapte zorg'], 'Getrapte hulp: eerst licht, zo nodig zwaarder, waarbij de specialist aanschuift.', '003'],
  ['Erbij halen', '', ['aanschuiven in plaats van doorschuiven'], 'Een specialist laten aansluiten bij de hulp die er al is, in plaats van het gezin door te verwijzen.', '003'],
  ['PDCA-cyclus', 'PDCA', ['Plan-Do-Check-Act'], 'Kwaliteitscyclus van plannen, uitvoeren, evalueren en bijsturen, waarin ook de regierol een vaste plek krijgt.', '000'],
  ['Indicatiestelling', '', ['indicatie'], 'Besluit over het recht op gespecialiseerde hulp; tegenwoordig een verwijzing of beschikking.', '002 003'],
  ['Uithuisplaatsing', 'UHP', [], 'Een kind woont tijdelijk of langer buiten het gezin, bijvoorbeeld in een pleeggezin of een instelling.', '002 003'],
  ['JeugdzorgPlus', 'JZ+', ['gesloten jeugdzorg', 'gesloten jeugdhulp'], 'Gesloten jeugdhulp waarvoor een machtiging van de kinderrechter nodig is.', '002 003'],
  ['Jouw Ingebrachte Mentor', 'JIM', ['JIM-aanpak'], 'Een vertrouwd persoon uit het netwerk van de jongere die als steunfiguur meedoet in de hulp.', '002'],
  ['Consultatie en advies', '', ['consultatie'], 'Meedenken van een specialist, bijvoorbeeld een jeugdbeschermer, met een professional van het lokale team, zonder dat het gezin wordt overgedragen.', '000 004'],
  ['Gelderse Verbeteragenda Jeugdbescherming', 'GVJB', ['Verbeteragenda'], 'De agenda die de Gelderse veiligheidsorganisaties en jeugdhulpregio’s in 2020 opstelden om de bescherming van kinderen te verbeteren, met de lijnen Contracteren en basisafspraken en Samenwerken en kennisdelen.', '001 web'],
  // Kwaliteit, cliënt en personeel
  ['Verklaring Omtrent het Gedrag', 'VOG', [], 'Verklaring van de overheid dat iemands gedrag in het verleden geen bezwaar is voor een functie; gevraagd bij nieuwe medewerkers.', '003'],
  ['Stichting Kwaliteitsregister Jeugd', 'SKJ', ['SKJ-registratie'], 'Beroepsregister van jeugd- en gezinsprofessionals; registratie is voor veel functies in de jeugdbescherming verplicht.', '002'],
  ['HKZ-certificaat', 'HKZ', ['Harmonisatie Kwaliteitsbeoordeling in de Zorgsector'], 'Kwaliteitscertificaat dat laat zien dat een organisatie haar zaken op orde heeft en systematisch verbetert.', '003'],
  ['Cliëntenraad', '', ['medezeggenschap cliënten'], 'Orgaan waarin cliënten meepraten over het beleid van een organisatie.', '003'],
  ['Klachtencommissie', '', ['klachtenregeling'], 'Onafhankelijke commissie die klachten van cliënten behandelt.', '000 003'],
  ['Cliëntvertrouwenspersoon', 'CVP', ['vertrouwenspersoon jeugd'], 'Onafhankelijke vertrouwenspersoon die kinderen en ouders helpt bij vragen en klachten over de hulp.', '003'],
  ['Caseload', '', ['werklast'], 'Het aantal gezinnen dat een jeugdbeschermer tegelijk begeleidt. Het Gelderse contract van 2022 rust op nieuwe caseloadnormen.', '001 002'],
  ['Zorg- en adviesteam', 'ZAT', [], 'Team op school waarin school, jeugdgezondheidszorg, maatschappelijk werk, leerplicht en soms politie zorgen over leerlingen bespreken.', '003'],
  ['Multidisciplinair team', 'MDT', ['interventieoverleg'], 'Team van professionals uit verschillende vakgebieden dat een complexe casus samen bespreekt en een plan maakt.', '003'],
  // Monitoring en financiering
  ['Kritische prestatie-indicator', 'KPI', ['prestatie-indicator'], 'Een meetbaar kengetal. De Gelderse monitor jeugdbescherming heeft er zeven.', '001'],
  ['Doorlooptijd', '', ['duur maatregel'], 'De tijd van de start tot het einde van een ondertoezichtstelling of voogdij (KPI 3).', '001 003'],
  ['iJW-berichtenverkeer', 'iJW', ['iJw', 'iJw-berichten'], 'De standaard voor het digitale berichtenverkeer over jeugdhulp tussen gemeenten en aanbieders; voorwaarde voor de Gelderse monitor.', '001 002'],
  ['Resultaatgericht meten', 'RGM', [], 'Werkwijze waarbij bij begin en einde van de hulp dezelfde vragenlijst wordt ingevuld, zodat het effect zichtbaar wordt.', '003'],
  ['PxQ-bekostiging', 'PxQ', ['prijs maal hoeveelheid'], 'Bekostiging waarbij een vaste prijs per eenheid wordt vermenigvuldigd met het aantal geleverde eenheden.', '003'],
  ['Persoonsgebonden budget', 'pgb', ['PGB'], 'Budget waarmee ouders of jongeren zelf hulp inkopen.', '002 003'],
  ['Licht verstandelijke beperking', 'LVB', ['LVG', 'licht verstandelijk gehandicapt'], 'Een beperking in het verstandelijk vermogen die vaak niet direct zichtbaar is en de hulp moeilijker kan maken.', '000 002 003'],
  ['Geestelijke gezondheidszorg', 'GGZ', ['jeugd-ggz', 'OGGZ'], 'Zorg bij psychische problemen; voor kinderen en jongeren de jeugd-ggz.', '002 003'],
  ['Transitie', '', ['decentralisatie'], 'De overgang van de verantwoordelijkheid voor de jeugdzorg van Rijk en provincie naar de gemeenten in 2015.', '002 003'],
  ['Transformatie', '', ['vernieuwing jeugdhulp'], 'De inhoudelijke vernieuwing van de hulp die op de transitie moest volgen: eerder, dichterbij en in samenhang.', '002 003'],
]

export function glossaryDocs(ctx: SeedContext): RequiredDataFromCollectionSlug<'glossary-terms'>[] {
  return TERMS.map(([title, abbreviation, synonyms, definition, bronnen], index) => ({
    title,
    slug: slugify(title),
    summary: definition,
    ...(abbreviation ? { abbreviation } : {}),
    synonyms,
    definition,
    sources: bronnen.split(' ').map((code) => source(BRON[code], code === 'web' ? 'Openbare pagina’s' : `Bron ${code}`)),
    ...review(ctx.now, { reviewedDaysAgo: 90 + (index % 30), notes: [[90 + (index % 30), 'Begrip en synoniemen nagelopen.']] }),
    isExample: false,
  }))
}
