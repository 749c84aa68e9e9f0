/**
 * The relevance set: how professionals type, each query with the page (or pages, when several
 * answer it equally) a colleague would expect first. `question` marks full questions and
 * colloquial phrases, the hard part: they are reported separately.
 *
 * Written from the seeded content (seed/data), not from the engine's output.
 */
export type RelevanceCase = { query: string; expected: string[]; question: boolean }

const c = (query: string, expected: string | string[], question = false): RelevanceCase => ({
  query,
  expected: Array.isArray(expected) ? expected : [expected],
  question,
})
const q = (query: string, expected: string | string[]) => c(query, expected, true)

const OVERDRACHT = '/werkwijzen/overdracht-na-beeindiging-van-een-maatregel'
const ESCALATIE = ['/escalatiemodel', '/werkwijzen/escaleren-als-de-samenwerking-vastloopt']
const TAFEL = '/werkwijzen/bespreking-aan-de-jeugdbeschermingstafel'
const VRIJWILLIG = '/werkwijzen/van-vrijwillige-hulp-naar-een-maatregel'

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Abbreviations and synonyms from the glossary
  c('ots beeindigen', OVERDRACHT),
  q('wat is een ots', '/begrippen#ondertoezichtstelling'),
  c('GI', '/begrippen#gecertificeerde-instelling'),
  c('rvdk', '/begrippen#raad-voor-de-kinderbescherming'),
  c('RET', '/bouwstenen/regionaal-expertteam-in-elke-regio'),
  c('skj registratie', '/begrippen#stichting-kwaliteitsregister-jeugd'),
  c('lvb training', '/scholing/gezinnen-met-een-licht-verstandelijke-beperking'),
  c('wijkteam', '/begrippen#lokaal-team'),
  c('poh jeugd', '/begrippen#praktijkondersteuner-huisarts-jeugd'),
  c('jb tafel', '/begrippen#jeugdbeschermingstafel'),
  c('gezinsvoogd', '/begrippen#jeugdbeschermer'),
  c('VT noord veluwe', '/toekomsttuinen/toekomsttuin-noord-veluwe'),
  c('gezinscoach', '/begrippen#jeugd-en-gezinswerker'),
  c('vertrouwenspersoon', '/begrippen#clientvertrouwenspersoon'),
  c('meldcode', [
    '/begrippen#meldcode-huiselijk-geweld-en-kindermishandeling',
    '/scholing/meldcode-huiselijk-geweld-en-kindermishandeling',
  ]),
  c('verbeteragenda', '/begrippen#gelderse-verbeteragenda-jeugdbescherming'),
  c('uhp', '/begrippen#uithuisplaatsing'),
  // Typos
  c('escalatiemodle', '/escalatiemodel'),
  c('familiegroepplan', '/werkwijzen/familiegroepsplan-en-netwerk-versterken'),
  c('signs of savety', '/werkwijzen/werken-met-signs-of-safety'),
  c('jeugdbeschermingstaffel', TAFEL),
  c('ondertoezigtstelling', '/begrippen#ondertoezichtstelling'),
  c('regierol pdac', '/werkwijzen/regierol-in-de-pdca-cyclus'),
  c('toekomstuin ede', '/toekomsttuinen/toekomsttuin-ede'),
  c('riviereland', '/regios/rivierenland'),
  c('raadsonderzoekr', '/vacatures/raadsonderzoeker-arnhem-raad-voor-de-kinderbescherming'),
  // Without diacritics
  c('beeindiging maatregel overdracht', OVERDRACHT),
  c('een visie en kernwaarden', '/bouwstenen/een-visie-en-kernwaarden'),
  c('een vereenvoudigd aanmeldproces', '/bouwstenen/vereenvoudigd-aanmeldproces-jeugdhulp'),
  c('clientvertrouwenspersoon', '/begrippen#clientvertrouwenspersoon'),
  // Prefixes, as typed into the header box
  c('escal', '/escalatiemodel'),
  c('familiegr', '/werkwijzen/familiegroepsplan-en-netwerk-versterken'),
  c('toekomsttuin nijm', '/toekomsttuinen/toekomsttuin-nijmegen'),
  c('casusoverleg rivier', '/werkwijzen/casusoverleg-met-de-raad-rivierenland'),
  // Regions, municipalities and pilots
  c('achterhoek', '/regios/achterhoek'),
  c('foodvalley', '/regios/foodvalley'),
  c('midden ijssel', '/regios/midden-ijssel-oost-veluwe'),
  c('doetinchem', '/regios/achterhoek'),
  c('wageningen', '/regios/foodvalley'),
  c('toekomsttuin arnhem', '/toekomsttuinen/toekomsttuin-arnhem'),
  c('toekomsttuin tiel school', '/toekomsttuinen/toekomsttuin-tiel'),
  c('werkafspraken huisarts foodvalley', '/regios/foodvalley#werkafspraken-met-huisartsen-en-poh-jeugd-foodvalley'),
  c(
    'regionaal expertteam crisisplaatsing',
    '/regios/rijk-van-nijmegen#regionaal-expertteam-bij-dreigende-crisisplaatsing-rijk-van-nijmegen',
  ),
  c('spreekuur raad noord veluwe', '/regios/noord-veluwe#spreekuur-van-de-raad-voor-lokale-teams-noord-veluwe'),
  // Topics, trainings, vacancies
  c('bouwsteen 6', '/bouwstenen/escalatiemodel-bij-stagnerende-samenwerking'),
  c('gezamenlijk werven en opleiden', '/bouwstenen/gezamenlijk-werven-en-opleiden'),
  c('kernwaarden', '/visie'),
  c('training drang en dwang', '/scholing/werken-met-drang-en-dwang'),
  c('meldcode kindermishandeling training', '/scholing/meldcode-huiselijk-geweld-en-kindermishandeling'),
  c('estafettemodel', '/begrippen#estafettemodel'),
  c('jeugdbescherming tafel', '/begrippen#jeugdbeschermingstafel'),
  c('samenloop jeugdreclassering', '/scholing/samenloop-jeugdbescherming-en-jeugdreclassering'),
  c('privacy', '/paginas/privacy'),
  c('aanmeldproces jeugdhulp', '/bouwstenen/vereenvoudigd-aanmeldproces-jeugdhulp'),
  c('vacature teamleider', '/vacatures/teamleider-jeugdbescherming-zutphen-jeugd-veilig-verder'),
  c('crisisdienst veilig thuis', '/vacatures/medewerker-crisisdienst-apeldoorn-veilig-thuis-noord-en-oost-gelderland'),
  c('kpi monitor', '/begrippen#kritische-prestatie-indicator'),

  // Full questions and colloquial phrases, as typed between two appointments
  q(
    'wat doe ik als de samenwerking met een andere organisatie vastloopt',
    '/werkwijzen/escaleren-als-de-samenwerking-vastloopt',
  ),
  q('hoe meld ik een gezin aan bij de jeugdbeschermingstafel', TAFEL),
  q('hoe vraag ik advies aan de gecertificeerde instelling', '/werkwijzen/consultatie-en-advies-door-de-gi'),
  q('wanneer moet ik opschalen', '/werkwijzen/tijdig-op-en-afschalen'),
  q('hoe regel ik jeugdhulp tijdens een maatregel', '/werkwijzen/jeugdhulp-aanmelden-vanuit-een-maatregel'),
  q('wie zit er in de treden van het escalatiemodel', '/escalatiemodel'),
  q('gezin werkt niet mee', VRIJWILLIG),
  q('wat doe ik als de GI en het wijkteam het niet eens worden', ESCALATIE),
  q('maatregel afgelopen wie neemt het gezin over', OVERDRACHT),
  q('wat zijn de kernwaarden van de verbeteragenda?', '/visie'),
  q('ots loopt af wat nu', OVERDRACHT),
  q('wat moet er besproken worden in een overdrachtsgesprek', [OVERDRACHT, '/scholing/overdracht-na-een-maatregel']),
  q('wie beslist over een ondertoezichtstelling', '/begrippen#ondertoezichtstelling'),
  q('binnen hoeveel werkdagen moet de leidinggevende reageren', '/escalatiemodel'),
  q('ik kom er met de raad niet uit', ESCALATIE),
  q('mijn collega van een andere organisatie handelt zorgwekkend', ESCALATIE),
  q('wie is het escalatiepunt in mijn regio', '/escalatiemodel'),
  q('wat moet ik doen als ouders de hulp afhouden', [VRIJWILLIG, '/toekomsttuinen/toekomsttuin-ede']),
  q('waar meld ik een vermoeden van kindermishandeling', [
    '/begrippen#veilig-thuis',
    '/begrippen#meldcode-huiselijk-geweld-en-kindermishandeling',
    '/scholing/meldcode-huiselijk-geweld-en-kindermishandeling',
  ]),
  q('hoe komt een gezin aan de jeugdbeschermingstafel', TAFEL),
  q('wat gebeurt er na de bespreking aan de tafel', TAFEL),
  q('wie zitten er aan de jeugdbeschermingstafel', [TAFEL, '/begrippen#jeugdbeschermingstafel']),
  q('hoe vraag ik jeugdhulp aan voor een kind met een ots', '/werkwijzen/jeugdhulp-aanmelden-vanuit-een-maatregel'),
  q('wanneer schakel ik het regionaal expertteam in', '/werkwijzen/vraag-voorleggen-aan-het-regionaal-expertteam'),
  q(
    'vastgelopen situatie en geen passende hulp te vinden',
    '/werkwijzen/vraag-voorleggen-aan-het-regionaal-expertteam',
  ),
  q(
    'kind dreigt in een crisisplek te belanden',
    '/regios/rijk-van-nijmegen#regionaal-expertteam-bij-dreigende-crisisplaatsing-rijk-van-nijmegen',
  ),
  q(
    'hoe werkt een warme overdracht van veilig thuis naar het wijkteam',
    '/regios/noord-veluwe#warme-overdracht-van-veilig-thuis-naar-het-lokale-team-noord-veluwe',
  ),
  q('wat is het verschil tussen drang en dwang', [
    '/begrippen#drang',
    '/begrippen#dwang',
    '/scholing/werken-met-drang-en-dwang',
  ]),
  q('wat betekent estafettemodel', '/begrippen#estafettemodel'),
  q('wat is een toekomsttuin eigenlijk', '/begrippen#toekomsttuin'),
  q('bij welke regio hoort apeldoorn', '/regios/midden-ijssel-oost-veluwe'),
  q('in welke regio ligt tiel', '/regios/rivierenland'),
  q('hoe maak ik samen met ouders een familiegroepsplan', [
    '/werkwijzen/familiegroepsplan-en-netwerk-versterken',
    '/scholing/familiegroepsplan-en-netwerk-versterken',
  ]),
  q('wat doet een jeugdbeschermer precies', '/begrippen#jeugdbeschermer'),
  q('vacature jeugdbeschermer in de achterhoek', '/vacatures/jeugdbeschermer-doetinchem-jeugdbescherming-gelderland'),
  q(
    'werken als jeugdbeschermer met lvb gezinnen',
    '/vacatures/jeugdbeschermer-lvb-apeldoorn-william-schrikker-stichting',
  ),
  q(
    'is er een traineeship in de jeugdbescherming',
    '/vacatures/trainee-jeugdbescherming-gelderland-jeugdbescherming-gelderland',
  ),
  q('is er een training over signs of safety', '/scholing/signs-of-safety-basistraining'),
  q('cursus omgaan met agressie van ouders', '/scholing/agressie-hanteren-en-sociale-vaardigheden'),
  q('hoe werken we nieuwe jeugdbeschermers in', '/werkwijzen/samen-inwerken-van-nieuwe-jeugdbeschermers'),
  q('jongere heeft een ots en jeugdreclassering tegelijk', [
    '/begrippen#samenloop',
    '/scholing/samenloop-jeugdbescherming-en-jeugdreclassering',
    '/regios/rijk-van-nijmegen#een-plan-bij-jeugdbescherming-en-jeugdreclassering-rijk-van-nijmegen',
  ]),
  q(
    'plan voor na zijn achttiende bij een jongere met een maatregel',
    '/regios/rivierenland#toekomstplan-vanaf-16-jaar-bij-een-maatregel-rivierenland',
  ),
  q('hoe analyseer ik de onveiligheid in een gezin', [
    '/werkwijzen/risicogestuurd-werken',
    '/scholing/risicotaxatie-en-veiligheidsplan',
  ]),
  q('wie heeft de regie tijdens een maatregel', '/werkwijzen/regierol-in-de-pdca-cyclus'),
  q('wanneer mag ik weer afschalen naar het lokale team', [
    '/werkwijzen/tijdig-op-en-afschalen',
    '/regios/midden-ijssel-oost-veluwe#afschalen-na-een-maatregel-naar-het-lokale-team-midden-ijssel-oost-veluwe',
  ]),
  q('huisarts maakt zich zorgen over een kind wat nu', [
    '/regios/foodvalley#werkafspraken-met-huisartsen-en-poh-jeugd-foodvalley',
    '/toekomsttuinen/toekomsttuin-tiel',
  ]),
  q('mag het wijkteam een jeugdbeschermer laten meedenken', '/werkwijzen/consultatie-en-advies-door-de-gi'),
  q('kan ik zonder namen een casus voorleggen aan de raad', [
    '/regios/noord-veluwe#spreekuur-van-de-raad-voor-lokale-teams-noord-veluwe',
    '/werkwijzen/casusoverleg-met-de-raad-rivierenland',
  ]),
  q('welke persoonsgegevens bewaart het portaal', '/paginas/privacy'),
  q('hoeveel gezinnen heeft een jeugdbeschermer tegelijk', '/begrippen#caseload'),
  q('wat is de verbeteragenda jeugdbescherming', '/begrippen#gelderse-verbeteragenda-jeugdbescherming'),
  q('welke gecertificeerde instellingen zijn er in gelderland', '/begrippen#gecertificeerde-instelling'),
  q('hoe werkt het teammodel', ['/begrippen#teammodel', '/bouwstenen/lokale-aanpak-voor-veiligheid-in-gezinnen']),
  q('jongere moet naar een gesloten plek', '/begrippen#jeugdzorgplus'),
  q('hoe leren professionals in een gemeente van elkaar', [
    '/werkwijzen/samen-leren-in-de-vaste-groep-per-gemeente',
    '/bouwstenen/samenwerken-en-leren-op-lokaal-niveau',
  ]),
  q(
    'wie is mijn vaste contactpersoon bij de GI in de achterhoek',
    '/regios/achterhoek#vaste-contactpersoon-van-de-gi-per-gemeente-achterhoek',
  ),
]
