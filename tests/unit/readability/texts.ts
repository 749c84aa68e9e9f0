/**
 * Test texts of known level, written for these tests (not taken from anywhere). Each is typical of
 * what the portal holds; docs/adr/0006-readability.md lists their scores.
 */

/** A letter-like text for parents: short sentences, everyday words. Written to be B1. */
export const PARENTS_B1 = `Uw kind krijgt hulp van een jeugdbeschermer. Dat is iemand die met u en uw kind praat. Samen maken jullie een plan. In het plan staat wat er beter moet. U mag altijd vragen stellen. Bent u het niet eens met het plan? Zeg dat dan. Wij zoeken dan samen naar een oplossing. Soms duurt dat een paar weken. U krijgt van ons een brief met de afspraken.`

/** A working method for professionals: plain, but with the field's long words. Written to be B2. */
export const WORKING_METHOD_B2 = `De jeugdbeschermer bespreekt het plan van aanpak elk halfjaar met de ouders en de jeugdige. Blijkt dat de afgesproken doelen niet worden gehaald, dan overlegt de jeugdbeschermer met de gedragswetenschapper over een andere aanpak. Bij twijfel over de veiligheid van het kind schakelt hij binnen twee werkdagen Veilig Thuis in. De afspraken uit dit overleg legt de jeugdbeschermer vast in het dossier, zodat collega's ze kunnen terugvinden.`

/** A regional policy text: dense, long words, for professionals. Written to be C1. */
export const POLICY_C1 = `De gemeente is verantwoordelijk voor de inkoop van jeugdhulp en voor de afspraken met de gecertificeerde instellingen. In het regionale inkoopkader staan afspraken over de kwaliteit, de beschikbaarheid en de bekostiging van de ondersteuning. Spreekt de kinderrechter een ondertoezichtstelling uit, dan zorgt de gemeente dat de nodige hulp op tijd klaarstaat. De regio bespreekt de samenwerking elk jaar met alle betrokken partners.`

/** Officialese at its worst: two sentences of thirty words and more, passive, nominalised. Too hard for anyone. */
export const OFFICIAL_C2 = `Indien de gecertificeerde instelling in het kader van de uitvoering van de ondertoezichtstelling constateert dat de ontwikkelingsbedreiging onvoldoende wordt weggenomen, wordt door de jeugdbeschermer in afstemming met de betrokken ketenpartners een heroverweging van het vastgestelde plan van aanpak geïnitieerd. De resultaten van deze heroverweging worden vervolgens schriftelijk vastgelegd en ter kennisname aan de Raad voor de Kinderbescherming voorgelegd, waarbij de noodzakelijke informatie-uitwisseling plaatsvindt overeenkomstig de geldende privacyregelgeving.`
