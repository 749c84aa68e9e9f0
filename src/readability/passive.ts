/**
 * Passive voice (lijdende vorm), by a heuristic a reader can check:
 *
 * - a form of "worden" with a past participle in the same sentence: "Het plan wordt besproken",
 *   "De ouders werden niet gehoord", "Er is besloten dat … wordt uitgevoerd";
 * - a form of "zijn" with a past participle and "door" (who did it): "Het besluit is genomen door
 *   de rechter". Without "door", "is gesloten" is just as often a state ("de deur is gesloten"),
 *   so that alone does not count.
 *
 * A past participle is a word that starts with ge-, be-, ver-, ont-, her- or er- and ends in
 * -d, -t or -en ("gemaakt", "besproken", "verstuurd", "ontvangen"), or one of the common
 * irregular ones. False positives ("Het wordt een gesprek") are rare enough to show the writer;
 * the panel only points, it does not forbid.
 */

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden'])
const ZIJN = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent', 'geweest'])
const PARTICIPLE = /^(ge|be|ver|ont|her|er)\p{L}{2,}(d|t|en)$/u
// Not participles, though they look like one.
const NOT_PARTICIPLE = new Set([
  'geen', 'gebied', 'gebeurt', 'gesprek', 'gezin', 'geheel', 'geval', 'gevallen', 'gemeenten', 'gegevens', 'gebruiken',
  'gezinnen', 'belang', 'beleid', 'bericht', 'berichten', 'bestaat', 'betekent', 'verschillende', 'verschil', 'verband',
  'veiligheid', 'verhalen', 'ervaren', 'eerst', 'eerder', 'heten', 'beter', 'betreft', 'gevolgen', 'gedrag', 'genoeg',
  'gelden', 'geldt', 'gaat', 'gesprekken', 'vertrouwen', 'verantwoordelijkheid', 'vertegenwoordigt', 'bestanden',
  'benaderen', 'beslissen', 'bespreken', 'verwachten', 'verbeteren', 'ondersteunen', 'ontvangt', 'betalen', 'verder',
])
const IRREGULAR_PARTICIPLES = new Set([
  'gedaan', 'gezien', 'gegeven', 'genomen', 'gekomen', 'gebracht', 'gedacht', 'gevraagd', 'gezegd', 'gevonden',
  'gehouden', 'geschreven', 'gesloten', 'gestuurd', 'gelezen', 'gehoord', 'gezocht', 'gekozen', 'aangemeld',
  'opgesteld', 'vastgesteld', 'afgesproken', 'uitgevoerd', 'ingediend', 'aangevraagd', 'opgenomen', 'overgedragen',
  'doorgestuurd', 'aangeboden', 'afgerond', 'ingezet', 'uitgebreid', 'toegepast', 'aangepast', 'voorgelegd',
])

export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase()
  if (NOT_PARTICIPLE.has(lower)) return false
  if (IRREGULAR_PARTICIPLES.has(lower)) return true
  // Separable verbs put a particle in front: "vastgesteld", "uitgevoerd", "doorgestuurd".
  const core = lower.replace(/^(aan|af|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg)(?=ge\p{L})/u, '')
  return PARTICIPLE.test(core)
}

/** True when the sentence (its words) is in the passive voice by the rules above. */
export function isPassive(words: readonly string[]): boolean {
  const lower = words.map((word) => word.toLowerCase())
  const participle = lower.some((word) => isParticiple(word))
  if (!participle) return false
  if (lower.some((word) => WORDEN.has(word))) return true
  return lower.includes('door') && lower.some((word) => ZIJN.has(word))
}
